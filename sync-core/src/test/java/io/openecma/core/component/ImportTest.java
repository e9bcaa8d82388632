package io.openecma.core.component;

import io.openecma.core.messaging.HistoryRetention;
import io.openecma.core.testing.Events;
import io.openecma.core.testing.TestConnectors;
import io.openecma.core.testing.WithWorkerSide;
import io.openecma.schemas.ecma.AnchorAttribute;
import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.ImportType;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.BatchFailure;
import io.openecma.schemas.events.FailureKind;
import io.openecma.schemas.events.ImportEntryError;
import io.openecma.schemas.events.ImportPage;
import io.openecma.schemas.events.ImportRequest;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.events.ScimOutcome;
import io.openecma.schemas.events.SchemaRequest;
import io.openecma.schemas.events.SchemaResult;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.PostgresResource;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.openecma.core.component.ExportFailureTest.poll;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Imports of the crm connector, the test playing the worker that runs the Import script: a first
 * full import that fails (SCIM answered 503 saying why), its retry (503 meanwhile), later full
 * imports that remove what they no longer see within the deletion threshold or stop beyond it, a
 * delta import with the watermark, a redelivered page, entries flagged with an error (recorded,
 * never removed as not seen) and the stall timeout counted from the last page. The steps build on each other, so they run in order.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(TestConnectors.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportTest extends WithWorkerSide {

    private static final String ADMIN = "Bearer test-admin-token";
    private static final String CRM = TestConnectors.CRM;

    @Inject
    EntityManager em;
    @Inject
    HistoryRetention history;

    private static CSEntryChange user(int n, String title) {
        return Events.imported("c" + n, Map.of("userName", "user" + n, "title", title));
    }

    private static List<CSEntryChange> users(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(n -> user(n, "Staff")).toList();
    }

    private static ImportPage page(ImportRequest request, int number, List<CSEntryChange> entries, boolean more) {
        return new ImportPage(Message.CURRENT_VERSION, UUID.randomUUID(), request.runId(), CRM, number, entries, more,
                "wm-" + request.runId() + "-" + number, null);
    }

    private static void publish(ImportPage page) {
        worker.publish(Topics.IMPORT_PAGES, Topics.resultKey(page.runId()), page);
    }

    private static ImportRequest requestFor(String runId) {
        return worker.await(Topics.imports(CRM), ImportRequest.class, r -> r.runId().toString().equals(runId));
    }

    private static String startImport(String type) {
        return given().header("Authorization", ADMIN).post("/admin/connectors/crm/imports?type=" + type)
                .then().statusCode(202).extract().path("runId");
    }

    private static void awaitRun(String runId, String status) {
        poll(() -> runs().statusCode(200).body(run(runId) + ".status", equalTo(status)));
    }

    private static ValidatableResponse runs() {
        return given().header("Authorization", ADMIN).get("/admin/connectors/crm/runs").then();
    }

    private static ValidatableResponse object(String anchor) {
        return given().header("Authorization", ADMIN).get("/admin/connectors/crm/objects/User/" + anchor).then();
    }

    /** The GPath of the run with that id in the runs list. */
    private static String run(Object runId) {
        return "find { it.runId == '" + runId + "' }";
    }

    private static long objects() {
        return given().header("Authorization", ADMIN).get("/admin/connectors/crm/objects?limit=1000")
                .then().statusCode(200).extract().jsonPath().getList("anchor").size();
    }

    @Test
    @Order(1)
    void aFailedFirstImportKeepsScimAt503SayingWhyAndWhenItIsTriedAgain() {
        given().header("Authorization", ADMIN).get("/admin/connectors").then().statusCode(200)
                .body("find { it.name == 'crm' }.status", equalTo("initial_import"));
        SchemaRequest schema = worker.await(Topics.imports(CRM), SchemaRequest.class, r -> true);
        worker.publish(Topics.RESULTS, Topics.resultKey(schema.requestId()), new SchemaResult(Message.CURRENT_VERSION,
                UUID.randomUUID(), schema.requestId(), CRM, Events.HR_SCHEMA, null));
        ImportRequest first = worker.await(Topics.imports(CRM), ImportRequest.class, r -> r.importType() == ImportType.Full);
        publish(new ImportPage(Message.CURRENT_VERSION, UUID.randomUUID(), first.runId(), CRM, 1, List.of(), false,
                null, new BatchFailure(FailureKind.PERMANENT, "crm database refused the login", "Import.ps1:12")));
        awaitRun(first.runId().toString(), "failed");

        given().header("Authorization", ADMIN).get("/admin/connectors").then()
                .body("find { it.name == 'crm' }.status", equalTo("initial_import"))
                .body("find { it.name == 'crm' }.initialImportDone", equalTo(false))
                .body("find { it.name == 'crm' }.lastImport.status", equalTo("failed"))
                .body("find { it.name == 'crm' }.lastImport.message", containsString("crm database refused the login"))
                .body("find { it.name == 'crm' }.statusDetail", allOf(containsString("first full import of connector crm failed"),
                        containsString("crm database refused the login (Import.ps1:12)"), containsString("tried again from")));
        ScimChangeEvent early = new ScimChangeEvent(Message.CURRENT_VERSION, UUID.randomUUID(), UUID.randomUUID(), CRM,
                "User", "c98", "c98", ChangeOperation.CREATE, List.of(AttributeDelta.replace("userName", "early")), true,
                "fp-c98", false, Instant.now(), null);
        worker.publish(Topics.SCIM_CHANGES, Topics.changeKey(CRM, "c98"), early);
        ScimOutcome refused = worker.await(Topics.OUTCOMES, ScimOutcome.class, o -> o.correlationId().equals(early.correlationId()));
        assertEquals(503, refused.httpStatus());
        assertTrue(refused.detail().contains("first full import of connector crm failed")
                && refused.detail().contains("crm database refused the login"), refused.detail());
        // the next attempt starts at the latest one retry pause (1 min) and one check interval (1 h in tests) later
        assertEquals(60 + 3600, refused.retryAfterSeconds());
    }

    @Test
    @Order(2)
    void theFirstFullImportLoadsTheConnectorSpaceAndScimWaitsWith503Meanwhile() {
        ImportRequest first = requestFor(startImport("full"));
        given().header("Authorization", ADMIN).get("/admin/connectors").then().statusCode(200)
                .body("find { it.name == 'crm' }.status", equalTo("initial_import"))
                .body("find { it.name == 'crm' }.statusDetail", allOf(
                        containsString("is running its first full import"),
                        containsString("the previous attempt failed"), containsString("refused the login")));
        ScimChangeEvent early = new ScimChangeEvent(Message.CURRENT_VERSION, UUID.randomUUID(), UUID.randomUUID(), CRM,
                "User", "c99", "c99", ChangeOperation.CREATE, List.of(AttributeDelta.replace("userName", "late")), true,
                "fp-c99", false, Instant.now(), null);
        worker.publish(Topics.SCIM_CHANGES, Topics.changeKey(CRM, "c99"), early);
        ScimOutcome busy = worker.await(Topics.OUTCOMES, ScimOutcome.class, o -> o.correlationId().equals(early.correlationId()));
        assertEquals(503, busy.httpStatus());
        assertTrue(busy.detail().contains("is running its first full import"), busy.detail());
        assertEquals(30, busy.retryAfterSeconds());

        assertEquals(500, first.pageSize());
        publish(page(first, 1, users(1, 6), true));
        publish(page(first, 2, users(7, 10), false));

        awaitRun(first.runId().toString(), "completed");
        runs().body(run(first.runId()) + ".added", equalTo(10))
                .body(run(first.runId()) + ".pages", equalTo(2));
        given().header("Authorization", ADMIN).get("/admin/connectors").then()
                .body("find { it.name == 'crm' }.status", equalTo("ready"))
                .body("find { it.name == 'crm' }.statusDetail", nullValue());
        assertEquals(10, objects());
    }

    @Test
    @Order(3)
    void aFullImportUpdatesChangedObjectsAndRemovesThoseNoLongerSeen() {
        String runId = startImport("full");
        ImportRequest request = requestFor(runId);
        List<CSEntryChange> entries = new java.util.ArrayList<>(users(2, 9));
        entries.add(0, user(1, "Director"));
        ImportPage only = page(request, 1, entries, false);
        publish(only);
        publish(only); // redelivered page: applied once
        awaitRun(runId, "completed");
        runs().body(run(runId) + ".updated", equalTo(1))
                .body(run(runId) + ".deleted", equalTo(1))
                .body(run(runId) + ".added", equalTo(0));
        object("c1").body("attributes.title", equalTo("Director"));
        object("c10").statusCode(404);
    }

    @Test
    @Order(4)
    void aFullImportThatWouldDeleteMoreThanTheThresholdStopsAndDeletesNothing() {
        String runId = startImport("full");
        ImportRequest request = requestFor(runId);
        publish(page(request, 1, users(1, 3), false));
        awaitRun(runId, "stopped");
        runs().body(run(runId) + ".deleted", equalTo(0))
                .body(run(runId) + ".message", org.hamcrest.Matchers.containsString("threshold"));
        assertEquals(9, objects());
    }

    @Test
    @Order(5)
    void aDeltaImportPassesTheWatermarkAndAppliesUpdatesAndDeletes() {
        List<String> watermarks = runs().extract().jsonPath().getList("runId");
        String runId = startImport("delta");
        ImportRequest request = requestFor(runId);
        assertEquals(ImportType.Delta, request.importType());
        assertEquals("wm-" + watermarks.get(0) + "-1", request.watermark());
        CSEntryChange update = new CSEntryChange(UUID.randomUUID(), "User", null, ObjectModificationType.Update,
                List.of(new AnchorAttribute("EmployeeId", "c2")), List.of(AttributeChange.replace("title", "Buyer")));
        CSEntryChange delete = new CSEntryChange(UUID.randomUUID(), "User", null, ObjectModificationType.Delete,
                List.of(new AnchorAttribute("EmployeeId", "c3")), List.of());
        publish(page(request, 1, List.of(update, delete), false));
        awaitRun(runId, "completed");
        object("c2").body("attributes.title", equalTo("Buyer")).body("attributes.userName", equalTo("user2"));
        object("c3").statusCode(404);
        given().header("Authorization", ADMIN).get("/admin/connectors/crm/objects?attribute=userName&value=USER4")
                .then().statusCode(200).body("anchor", hasItem("c4"));
    }

    @Test
    @Order(6)
    void entriesFlaggedWithAnErrorAreRecordedAndWhatTheyNameIsNotRemovedAsNotSeen() throws Exception {
        String runId = startImport("full");
        ImportRequest request = requestFor(runId);
        // page 1 as a worker written before entry errors existed: no entryErrors field
        ObjectNode old = (ObjectNode) Json.mapper().readTree(Json.write(page(request, 1, List.of(user(1, "Director"),
                user(2, "Buyer")), true)));
        old.remove("entryErrors");
        worker.publishRaw(Topics.RESULTS, Topics.resultKey(request.runId()), old.toString());
        List<ImportEntryError> flagged = List.of(
                new ImportEntryError(UUID.randomUUID(), "User", "c4", null, "ImportErrorInvalidAttributeValue",
                        "TitleTooLong", "title of c4 has 300 characters"),
                new ImportEntryError(UUID.randomUUID(), null, null, "CN=c5,OBJECT=USER", "ImportErrorCustomContinueRun",
                        "UnreadableRow", "row c5 could not be decoded"));
        // one run's pages travel in one lane, in order: here the lane of a worker of an earlier release
        worker.publish(Topics.RESULTS, Topics.resultKey(request.runId()), new ImportPage(Message.CURRENT_VERSION,
                UUID.randomUUID(), request.runId(), CRM, 2, List.of(user(6, "Staff"), user(7, "Staff"), user(8, "Staff")),
                false, "wm-" + runId + "-2", null, flagged));

        awaitRun(runId, "completed");
        runs().body(run(runId) + ".errors", equalTo(2))
                .body(run(runId) + ".deleted", equalTo(1))
                .body(run(runId) + ".entryErrors.anchor", contains("c4", null))
                .body(run(runId) + ".entryErrors.dn", contains(null, "CN=c5,OBJECT=USER"))
                .body(run(runId) + ".entryErrors.errorCode", contains("ImportErrorInvalidAttributeValue", "ImportErrorCustomContinueRun"))
                .body(run(runId) + ".entryErrors.errorDetail", contains("title of c4 has 300 characters", "row c5 could not be decoded"))
                .body(run(runId) + ".entryErrors.matchedObject", contains("User/c4", "User/c5"))
                .body(run(runId) + ".entryErrors.pageNumber", contains(2, 2));
        given().header("Authorization", ADMIN).get("/admin/connectors/crm/runs/" + runId + "/entry-errors?offset=1")
                .then().statusCode(200).body("errorName", contains("UnreadableRow"));
        object("c4").statusCode(200);
        object("c5").statusCode(200);
        object("c9").statusCode(404);
        assertEquals(7, objects());
    }

    @Test
    @Order(7)
    void anEntryInErrorThatNamesNoKnownObjectStopsTheRemovalOfObjectsNotSeen() {
        String runId = startImport("full");
        ImportRequest request = requestFor(runId);
        CSEntryChange withoutAnchor = new CSEntryChange(UUID.randomUUID(), "User", "CN=stranger,OU=elsewhere",
                ObjectModificationType.Add, List.of(), List.of(AttributeChange.add("userName", "stranger")));
        List<CSEntryChange> entries = new java.util.ArrayList<>(List.of(user(1, "Director"), user(2, "Buyer"),
                user(4, "Staff"), user(5, "Staff"), user(6, "Staff"), user(7, "Staff")));
        entries.add(withoutAnchor);
        publish(page(request, 1, entries, false));

        awaitRun(runId, "stopped");
        runs().body(run(runId) + ".errors", equalTo(1))
                .body(run(runId) + ".deleted", equalTo(0))
                .body(run(runId) + ".message", containsString("could not be matched"))
                .body(run(runId) + ".entryErrors[0].errorCode", equalTo("ImportErrorMissingAnchorComponent"))
                .body(run(runId) + ".entryErrors[0].dn", equalTo("CN=stranger,OU=elsewhere"))
                .body(run(runId) + ".entryErrors[0].matchedObject", nullValue());
        object("c8").statusCode(200);
        assertEquals(7, objects());
    }

    @Test
    @Order(8)
    void aRunIsFailedAsStalledOnlyWhenNoPageCameForTheStallTimeoutSinceItsLastPage() {
        String runId = startImport("full");
        ImportRequest request = requestFor(runId);
        publish(page(request, 1, users(1, 2), true));
        poll(() -> runs().body(run(runId) + ".pages", equalTo(1)));

        // a long import: started two hours ago (the stall timeout is 30 min), its last page a minute ago
        sql("UPDATE import_run SET started_at = now() - interval '2 hours', last_page_at = now() - interval '1 minute' "
                + "WHERE run_id = '" + runId + "'");
        given().header("Authorization", ADMIN).post("/admin/connectors/crm/imports?type=full").then().statusCode(409);
        awaitRun(runId, "running");

        sql("UPDATE import_run SET last_page_at = now() - interval '31 minutes' WHERE run_id = '" + runId + "'");
        String next = startImport("full");
        runs().body(run(runId) + ".status", equalTo("failed"))
                .body(run(runId) + ".message", allOf(containsString("stalled"), containsString("after page 1")));

        ImportRequest nextRequest = requestFor(next);
        List<CSEntryChange> all = given().header("Authorization", ADMIN).get("/admin/connectors/crm/objects")
                .then().extract().jsonPath().<String>getList("anchor").stream()
                .map(anchor -> Events.imported(anchor, Map.of("userName", "user" + anchor.substring(1)))).toList();
        publish(page(nextRequest, 1, all, false));
        awaitRun(next, "completed");
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    @Test
    @Order(9)
    void theAdminApiNeedsItsTokenAndHealthAndMetricsAreServed() {
        given().get("/admin/connectors").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").get("/admin/connectors").then().statusCode(401);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'sync-core outbox' }.status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("openecma_import_objects_total{connector=\"crm\"}"));
    }
    @Test
    @Order(10)
    void importRunsExportBatchesResolvedDeadLettersAndAnchorForwardsPastTheRetentionAreForgottenButEachConnectorsLatestRunsStay() {
        // connector 'history' exists only in these rows: 3 recent runs, 12 finished 31 to 42 days
        // ago (the oldest with an entry error), one still running since 50 days, and export batches
        sql("DELETE FROM import_run WHERE connector = 'history'");
        sql("DELETE FROM export_batch WHERE connector = 'history'");
        for (int day = 0; day < 3; day++) {
            sql("INSERT INTO import_run (run_id, connector, import_type, status, trigger, started_at, finished_at) VALUES "
                    + "('00000000-0000-0000-0000-0000000000" + (10 + day) + "', 'history', 'Full', 'completed', 'test', "
                    + "now() - interval '" + day + " days', now() - interval '" + day + " days')");
        }
        for (int day = 31; day <= 42; day++) {
            sql("INSERT INTO import_run (run_id, connector, import_type, status, trigger, started_at, finished_at) VALUES "
                    + "('00000000-0000-0000-0000-0000000000" + day + "', 'history', 'Full', 'failed', 'test', "
                    + "now() - interval '" + day + " days', now() - interval '" + day + " days')");
        }
        sql("INSERT INTO import_entry_error (run_id, position, page_number, error_code) VALUES "
                + "('00000000-0000-0000-0000-000000000042', 0, 1, 'ImportErrorCustomContinueRun')");
        sql("INSERT INTO import_run (run_id, connector, import_type, status, trigger, started_at) VALUES "
                + "('00000000-0000-0000-0000-000000000050', 'history', 'Full', 'running', 'test', now() - interval '50 days')");
        sql("INSERT INTO export_batch (batch_id, connector, attempt, status, item_count, payload, created_at, completed_at) "
                + "VALUES ('00000000-0000-0000-0000-0000000000b1', 'history', 1, 'completed', 1, '{}', "
                + "now() - interval '40 days', now() - interval '40 days'), "
                + "('00000000-0000-0000-0000-0000000000b2', 'history', 1, 'dead', 1, '{}', now() - interval '40 days', NULL), "
                + "('00000000-0000-0000-0000-0000000000b3', 'history', 1, 'completed', 1, '{}', "
                + "now() - interval '1 day', now() - interval '1 day'), "
                + "('00000000-0000-0000-0000-0000000000b4', 'history', 1, 'sent', 1, '{}', now() - interval '40 days', NULL)");
        sql("DELETE FROM dead_letter WHERE connector = 'history'");
        sql("INSERT INTO dead_letter (message_id, connector, original_topic, reason, failed_at, resolved_at) VALUES "
                + "('00000000-0000-0000-0000-0000000000d1', 'history', 't', 'old, resolved', now() - interval '45 days', "
                + "now() - interval '40 days'), "
                + "('00000000-0000-0000-0000-0000000000d2', 'history', 't', 'old, unresolved', now() - interval '45 days', NULL), "
                + "('00000000-0000-0000-0000-0000000000d3', 'history', 't', 'old, resolved lately', now() - interval '45 days', "
                + "now() - interval '1 day')");
        sql("DELETE FROM cs_anchor_move WHERE connector = 'history'");
        sql("INSERT INTO cs_anchor_move (connector, object_type, old_anchor, scim_id, moved_at) VALUES "
                + "('history', 'User', 'old-1', 'u-1', now() - interval '40 days'), "
                + "('history', 'User', 'old-2', 'u-2', now() - interval '1 day')");
        long crmRuns = count("SELECT count(*) FROM import_run WHERE connector = 'crm'");

        HistoryRetention.Forgotten forgotten = history.forgetOld();

        // the 3 recent and the 7 newest old ones are the latest 10; the running one stays too
        assertEquals(List.of("10", "11", "12", "31", "32", "33", "34", "35", "36", "37", "50"),
                runIds("SELECT right(CAST(run_id AS text), 2) FROM import_run WHERE connector = 'history' ORDER BY 1"));
        assertEquals(0, count("SELECT count(*) FROM import_entry_error WHERE run_id = '00000000-0000-0000-0000-000000000042'"),
                "entry errors go with their run");
        assertEquals(List.of("b3", "b4"), runIds("SELECT right(CAST(batch_id AS text), 2) FROM export_batch "
                + "WHERE connector = 'history' ORDER BY 1"));
        assertEquals(List.of("d2", "d3"), runIds("SELECT right(CAST(message_id AS text), 2) FROM dead_letter "
                + "WHERE connector = 'history' ORDER BY 1"), "only dead letters resolved before the retention go");
        assertEquals(List.of("old-2"), runIds("SELECT old_anchor FROM cs_anchor_move WHERE connector = 'history'"),
                "only forwards from moves before the retention go");
        assertTrue(forgotten.importRuns() >= 5 && forgotten.exportBatches() >= 2 && forgotten.deadLetters() >= 1
                && forgotten.anchorForwards() >= 1, forgotten.toString());
        assertEquals(crmRuns, count("SELECT count(*) FROM import_run WHERE connector = 'crm'"), "recent runs stay");
        runs().statusCode(200);
    }

    private long count(String query) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(query).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<String> runIds(String query) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) em.createNativeQuery(query).getResultList());
    }
}
