package io.openecma.core.component;

import io.openecma.core.testing.Events;
import io.openecma.core.testing.TestConnectors;
import io.openecma.core.testing.WithWorkerSide;
import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.CSEntryChangeResult;
import io.openecma.schemas.ecma.ImportType;
import io.openecma.schemas.ecma.MAExportError;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.EncryptedEnvelope;
import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.events.ExportItem;
import io.openecma.schemas.events.ExportResult;
import io.openecma.schemas.events.ImportPage;
import io.openecma.schemas.events.ImportRequest;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.OutcomeStatus;
import io.openecma.schemas.events.PasswordRequest;
import io.openecma.schemas.events.PasswordResult;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.events.ScimOutcome;
import io.openecma.schemas.events.SchemaRequest;
import io.openecma.schemas.events.SchemaResult;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.PostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.openecma.core.component.ExportFailureTest.poll;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Export script returns a new anchor (the target generated the id on Add, or renamed the
 * object) and sync-core moves the object to it, over real Kafka and PostgreSQL, the test playing
 * the ingress and the worker of connector {@value #IDS}: the Add is answered with the id of the
 * new anchor, a later rename keeps the SCIM id, a returned anchor another object holds puts the
 * object in error, an Add given the anchor a renamed object kept as SCIM id gets another id, a
 * redelivered result changes nothing, and later exports, stale requests and
 * imports find the object at its new anchor. The steps build on each other, so they run in order.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(AnchorMoveTest.WithIdsConnector.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnchorMoveTest extends WithWorkerSide {

    static final String IDS = "ids";
    private static final String ADMIN = "Bearer test-admin-token";

    @Inject
    EntityManager em;

    /** The test connectors plus {@value #IDS}, a copy of the CSV sample only this test uses. */
    public static class WithIdsConnector extends TestConnectors {
        @Override
        public Map<String, String> start() {
            Map<String, String> config = super.start();
            try {
                TestConnectors.copySample(Path.of(config.get("openecma.connectors-dir")), IDS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return config;
        }
    }

    // ---- the ingress's and the worker's side

    static ScimChangeEvent change(ChangeOperation operation, String anchor, AttributeDelta... deltas) {
        return new ScimChangeEvent(Message.CURRENT_VERSION, UUID.randomUUID(), UUID.randomUUID(), IDS, "User", anchor,
                anchor, operation, List.of(deltas), operation == ChangeOperation.CREATE ? Boolean.TRUE : null,
                UUID.randomUUID().toString(), false, Instant.now(), null);
    }

    /** A SCIM POST of a user with that anchor (the EmployeeId it asks for) and user name. */
    static ScimChangeEvent createOf(String anchor, String userName) {
        return change(ChangeOperation.CREATE, anchor, AttributeDelta.replace("EmployeeId", anchor),
                AttributeDelta.replace("userName", userName));
    }

    static void send(ScimChangeEvent event) {
        worker.publish(Topics.SCIM_CHANGES, Topics.changeKey(event.connector(), event.anchor()), event);
    }

    static ScimOutcome outcomeOf(ScimChangeEvent event) {
        return worker.await(Topics.OUTCOMES, ScimOutcome.class, o -> o.correlationId().equals(event.correlationId()));
    }

    static List<ExportBatch> batchesFor(String anchor) {
        return worker.all(Topics.exports(IDS), ExportBatch.class,
                b -> b.items().stream().anyMatch(i -> i.anchor().equals(anchor)));
    }

    static ExportBatch awaitBatch(String anchor, int index) {
        return worker.awaitNth(Topics.exports(IDS), ExportBatch.class,
                b -> b.items().stream().anyMatch(i -> i.anchor().equals(anchor)), index);
    }

    static ExportItem item(ExportBatch batch, String anchor) {
        return batch.items().stream().filter(i -> i.anchor().equals(anchor)).findFirst().orElseThrow();
    }

    /** The worker's result: the script gave the entry the anchor {@code newAnchor} (spelled as a script might). */
    static ExportResult anchorReturned(ExportBatch batch, String anchor, String newAnchor) {
        return result(batch, CSEntryChangeResult.success(item(batch, anchor).change().identifier()),
                List.of(AttributeChange.add("employeeid", newAnchor)));
    }

    static ExportResult result(ExportBatch batch, CSEntryChangeResult entry, List<AttributeChange> returned) {
        return new ExportResult(Message.CURRENT_VERSION, UUID.randomUUID(), batch.batchId(), IDS, "test-worker",
                List.of(new CSEntryChangeResult(entry.identifier(), returned, entry.errorCode(), null, null)), null,
                Instant.now());
    }

    static String startImport(String type) {
        return given().header("Authorization", ADMIN).post("/admin/connectors/ids/imports?type=" + type)
                .then().statusCode(202).extract().path("runId");
    }

    static ImportRequest requestFor(String runId) {
        return worker.await(Topics.imports(IDS), ImportRequest.class, r -> r.runId().toString().equals(runId));
    }

    /** The worker's side of an import run: its only page, with these entries and watermark. */
    static void answerWithOnePage(ImportRequest request, List<CSEntryChange> entries, String watermark) {
        worker.publish(Topics.RESULTS, Topics.resultKey(request.runId()), new ImportPage(Message.CURRENT_VERSION,
                UUID.randomUUID(), request.runId(), IDS, 1, entries, false, watermark, null));
    }

    static ValidatableResponse runs() {
        return given().header("Authorization", ADMIN).get("/admin/connectors/ids/runs").then().statusCode(200);
    }

    /** The GPath of the run with that id in the runs list. */
    static String run(String runId) {
        return "find { it.runId == '" + runId + "' }";
    }

    static void publish(ExportResult result) {
        worker.publish(Topics.RESULTS, Topics.resultKey(result.batchId()), result);
    }

    // ---- reading the connector space as the ingress does (SQL over cs_object)

    record Row(String anchor, String scimId, String dn, String state, long version, Map<String, Object> attributes,
               String lastError, boolean exportUnconfirmed) {
    }

    Optional<Row> row(String anchor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("SELECT anchor, scim_id, dn, state, version, "
                            + "CAST(attributes AS text), last_error, export_unconfirmed FROM cs_object "
                            + "WHERE connector = ?1 AND object_type = 'User' AND anchor = ?2")
                    .setParameter(1, IDS).setParameter(2, anchor).getResultList();
            return found.stream().findFirst().map(r -> new Row((String) r[0], (String) r[1], (String) r[2],
                    (String) r[3], ((Number) r[4]).longValue(), io.openecma.schemas.events.Json.read((String) r[5],
                    Map.class), (String) r[6], (Boolean) r[7]));
        });
    }

    /** The ingress's GET /Users/{id}: the provisioned object with that SCIM id. */
    Optional<String> anchorOfScimId(String scimId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> found = em.createNativeQuery("SELECT anchor FROM cs_object WHERE connector = ?1 "
                            + "AND object_type = 'User' AND provisioned AND scim_id = ?2")
                    .setParameter(1, IDS).setParameter(2, scimId).getResultList();
            return found.stream().findFirst();
        });
    }

    boolean applied(UUID resultMessageId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM processed_message WHERE message_id = ?1")
                .setParameter(1, resultMessageId).getSingleResult()).longValue() == 1);
    }

    long objects() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM cs_object WHERE connector = ?1").setParameter(1, IDS).getSingleResult()).longValue());
    }

    // ---- the steps

    @Test
    @Order(1)
    void theConnectorIsReady() {
        SchemaRequest schema = worker.await(Topics.imports(IDS), SchemaRequest.class, r -> true);
        worker.publish(Topics.RESULTS, Topics.resultKey(schema.requestId()), new SchemaResult(Message.CURRENT_VERSION,
                UUID.randomUUID(), schema.requestId(), IDS, Events.HR_SCHEMA, null));
        ImportRequest first = worker.await(Topics.imports(IDS), ImportRequest.class, r -> r.importType() == ImportType.Full);
        worker.publish(Topics.RESULTS, Topics.resultKey(first.runId()), new ImportPage(Message.CURRENT_VERSION,
                UUID.randomUUID(), first.runId(), IDS, 1, List.of(
                Events.imported("i001", Map.of("userName", "ida", "isActive", true))), false, "wm-1", null));
        poll(() -> given().header("Authorization", ADMIN).get("/admin/connectors").then().statusCode(200)
                .body("find { it.name == 'ids' }.status", equalTo("ready")));
    }

    @Test
    @Order(2)
    void anAddWhoseAnchorTheTargetGeneratedIsAnsweredWithTheNewIdAndTheRowIsRekeyed() {
        ScimChangeEvent create = createOf("tmp-1", "gina");
        send(create);
        ExportBatch batch = awaitBatch("tmp-1", 0);
        assertEquals(ObjectModificationType.Add, item(batch, "tmp-1").change().objectModificationType());
        ExportResult result = anchorReturned(batch, "tmp-1", "GEN-1");
        publish(result);

        ScimOutcome outcome = outcomeOf(create);
        assertEquals(OutcomeStatus.APPLIED, outcome.status());
        assertEquals(201, outcome.httpStatus());
        assertEquals("GEN-1", outcome.object().scimId(), "the 201 carries the id of the anchor the Add ended with");
        assertEquals("GEN-1", outcome.object().anchor());
        assertEquals("GEN-1", outcome.object().attributes().get("EmployeeId"), "in the schema's spelling");
        assertFalse(outcome.object().attributes().containsKey("employeeid"));

        Row row = row("GEN-1").orElseThrow();
        assertEquals("GEN-1", row.scimId());
        assertEquals("confirmed", row.state());
        assertEquals("gina", row.attributes().get("userName"));
        assertTrue(row("tmp-1").isEmpty(), "no row is left at the provisional anchor");
        assertEquals(Optional.of("GEN-1"), anchorOfScimId("GEN-1"));

        // the result again (Kafka redelivery: same message) and a second copy from a re-run batch
        publish(result);
        ExportResult copy = new ExportResult(result.schemaVersion(), UUID.randomUUID(), result.batchId(),
                result.connector(), result.workerId(), result.results(), null, Instant.now());
        publish(copy);
        poll(() -> assertTrue(applied(copy.messageId())));
        assertEquals(row.version(), row("GEN-1").orElseThrow().version(), "a redelivered result changes nothing");
        assertEquals(1, worker.all(Topics.OUTCOMES, ScimOutcome.class,
                o -> o.correlationId().equals(create.correlationId())).size());

        // Entra retries the POST it saw time out: answered from the first, nothing exported again
        ScimChangeEvent retried = new ScimChangeEvent(create.schemaVersion(), UUID.randomUUID(), UUID.randomUUID(),
                IDS, "User", "tmp-1", "tmp-1", ChangeOperation.CREATE, create.deltas(), create.active(),
                create.requestFingerprint(), false, Instant.now(), null);
        send(retried);
        ScimOutcome again = outcomeOf(retried);
        assertEquals(201, again.httpStatus());
        assertEquals("GEN-1", again.object().scimId());
        assertEquals(1, batchesFor("tmp-1").size());
        assertTrue(row("tmp-1").isEmpty());

        // a different create with the provisional anchor is a duplicate of the moved object
        ScimChangeEvent other = createOf("tmp-1", "someone else");
        send(other);
        ScimOutcome duplicate = outcomeOf(other);
        assertEquals(409, duplicate.httpStatus());
        assertEquals("uniqueness", duplicate.scimType());
        assertTrue(duplicate.detail().contains("tmp-1") && duplicate.detail().contains("GEN-1"), duplicate.detail());
    }

    @Test
    @Order(3)
    void aChangeThatWaitedBehindTheAddIsExportedAtTheNewAnchorAndDoesNotSetTheOldOneBack() {
        ScimChangeEvent create = createOf("tmp-2", "hal");
        send(create);
        ExportBatch add = awaitBatch("tmp-2", 0);
        ScimChangeEvent modify = change(ChangeOperation.MODIFY, "tmp-2", AttributeDelta.replace("title", "Pilot"));
        send(modify);
        poll(() -> assertEquals("Pilot", pendingChange("tmp-2").getOrDefault("attributes", Map.of()).get("title")));
        publish(anchorReturned(add, "tmp-2", "GEN-2"));
        assertEquals("GEN-2", outcomeOf(create).object().scimId());

        ExportBatch update = awaitBatch("GEN-2", 0);
        CSEntryChange change = item(update, "GEN-2").change();
        assertEquals(ObjectModificationType.Update, change.objectModificationType());
        assertEquals("GEN-2", change.anchorAttributes().get(0).value());
        assertEquals("CN=GEN-2,OBJECT=USER", change.dn());
        assertEquals(List.of("Pilot"), change.attribute("title").orElseThrow().addedValues());
        assertTrue(change.attribute("EmployeeId").isEmpty(), "the waiting change must not export the old anchor: "
                + change.attributeChanges());
        publish(result(update, CSEntryChangeResult.success(change.identifier()), List.of()));
        ScimOutcome modified = outcomeOf(modify);
        assertEquals(200, modified.httpStatus());
        assertEquals("GEN-2", modified.object().scimId());
        assertEquals("Pilot", modified.object().attributes().get("title"));
    }

    @Test
    @Order(4)
    void aRenameOnAnUpdateMovesTheAnchorButKeepsTheScimIdEntraHolds() {
        ScimChangeEvent modify = change(ChangeOperation.MODIFY, "GEN-1", AttributeDelta.replace("userName", "gina.b"));
        send(modify);
        ExportBatch batch = awaitBatch("GEN-1", 0);
        ExportItem exported = item(batch, "GEN-1");
        assertEquals("GEN-1", exported.change().anchorAttributes().get(0).value(), "exports use the moved anchor");
        assertEquals("CN=GEN-1,OBJECT=USER", exported.change().dn());
        publish(anchorReturned(batch, "GEN-1", "GEN-1b"));

        ScimOutcome outcome = outcomeOf(modify);
        assertEquals(200, outcome.httpStatus());
        assertEquals("GEN-1", outcome.object().scimId(), "Entra's id of the object does not change");
        assertEquals("GEN-1b", outcome.object().anchor());
        assertEquals("GEN-1b", outcome.object().attributes().get("EmployeeId"));
        Row row = row("GEN-1b").orElseThrow();
        assertEquals("GEN-1", row.scimId());
        assertTrue(row("GEN-1").isEmpty());
        assertEquals(Optional.of("GEN-1b"), anchorOfScimId("GEN-1"), "GET /Users/GEN-1 still finds the object");

        // a change the ingress published with the anchor it read before the rename
        ScimChangeEvent stale = change(ChangeOperation.MODIFY, "GEN-1", AttributeDelta.replace("title", "Captain"));
        send(stale);
        ExportBatch next = awaitBatch("GEN-1b", 0);
        assertEquals("GEN-1b", item(next, "GEN-1b").change().anchorAttributes().get(0).value());
        assertEquals("CN=GEN-1b,OBJECT=USER", item(next, "GEN-1b").change().dn());
        publish(result(next, CSEntryChangeResult.success(item(next, "GEN-1b").change().identifier()), List.of()));
        ScimOutcome staleOutcome = outcomeOf(stale);
        assertEquals(200, staleOutcome.httpStatus());
        assertEquals("Captain", staleOutcome.object().attributes().get("title"));
        assertEquals("GEN-1", staleOutcome.object().scimId());
        assertTrue(row("GEN-1").isEmpty(), "the stale change created nothing at the old anchor");
    }

    @Test
    @Order(5)
    void aReturnedAnchorAnotherObjectHoldsPutsTheObjectInErrorNamingBoth() {
        ScimChangeEvent create = createOf("tmp-3", "ivy");
        send(create);
        ExportBatch batch = awaitBatch("tmp-3", 0);
        Row before = row("i001").orElseThrow();
        publish(anchorReturned(batch, "tmp-3", "i001"));

        ScimOutcome outcome = outcomeOf(create);
        assertEquals(OutcomeStatus.FAILED, outcome.status());
        assertEquals(409, outcome.httpStatus());
        assertEquals("uniqueness", outcome.scimType());
        assertTrue(outcome.detail().contains("'tmp-3'") && outcome.detail().contains("'i001'"), outcome.detail());
        Row refused = row("tmp-3").orElseThrow();
        assertEquals("error", refused.state());
        assertTrue(refused.lastError().contains("'tmp-3'") && refused.lastError().contains("'i001'"), refused.lastError());
        Row holder = row("i001").orElseThrow();
        assertEquals(before.version(), holder.version(), "the holder of the anchor is not touched");
        assertEquals("ida", holder.attributes().get("userName"));
        assertEquals("i001", holder.scimId());
    }

    @Test
    @Order(6)
    void aReturnedAnchorWithTwoValuesIsRefused() {
        ScimChangeEvent create = createOf("tmp-4", "jan");
        send(create);
        ExportBatch batch = awaitBatch("tmp-4", 0);
        publish(result(batch, CSEntryChangeResult.success(item(batch, "tmp-4").change().identifier()),
                List.of(AttributeChange.add("EmployeeId", "A", "B"))));
        ScimOutcome outcome = outcomeOf(create);
        assertEquals(400, outcome.httpStatus());
        assertTrue(outcome.detail().contains("2 values"), outcome.detail());
        assertEquals("error", row("tmp-4").orElseThrow().state());
    }

    @Test
    @Order(7)
    void aFullImportThatReportsTheNewAnchorsMatchesTheMovedObjects() {
        long before = objects();
        String runId = startImport("full");
        ImportRequest request = requestFor(runId);
        List<CSEntryChange> entries = new ArrayList<>();
        entries.add(Events.imported("i001", Map.of("userName", "ida", "isActive", true)));
        entries.add(Events.imported("GEN-1b", Map.of("userName", "gina.b", "title", "Captain", "isActive", true)));
        entries.add(Events.imported("GEN-2", Map.of("userName", "hal", "title", "Pilot", "isActive", true)));
        answerWithOnePage(request, entries, "wm-2");
        poll(() -> runs().body(run(runId) + ".status", equalTo("completed"))
                .body(run(runId) + ".added", equalTo(0))
                .body(run(runId) + ".deleted", equalTo(0)));
        assertEquals(before, objects(), "no duplicate, nothing removed as not seen");
        Row renamed = row("GEN-1b").orElseThrow();
        assertEquals("GEN-1", renamed.scimId());
        assertFalse(renamed.exportUnconfirmed(), "the import confirmed the export at the new anchor");
        assertEquals("confirmed", renamed.state());
        assertEquals("GEN-2", row("GEN-2").orElseThrow().scimId());
        assertNull(row("GEN-1").orElse(null));
    }

    @Test
    @Order(8)
    void thePasswordOfAnAddIsSetAtTheNewAnchorAndThe201AfterItCarriesTheNewId() {
        EncryptedEnvelope envelope = new EncryptedEnvelope("k1", "AES-256-GCM", "aXY=", "Y2lwaGVy");
        ScimChangeEvent create = new ScimChangeEvent(Message.CURRENT_VERSION, UUID.randomUUID(), UUID.randomUUID(), IDS,
                "User", "tmp-5", "tmp-5", ChangeOperation.CREATE, List.of(AttributeDelta.replace("EmployeeId", "tmp-5"),
                AttributeDelta.replace("userName", "kim")), true, "fp-tmp-5", true, Instant.now(), envelope);
        send(create);
        ExportBatch batch = awaitBatch("tmp-5", 0);
        publish(anchorReturned(batch, "tmp-5", "GEN-5"));

        PasswordRequest request = worker.await(Topics.passwords(IDS), PasswordRequest.class,
                r -> r.correlationId().equals(create.correlationId()));
        assertEquals("GEN-5", request.anchor());
        assertEquals("CN=GEN-5,OBJECT=USER", request.dn());
        worker.publish(Topics.RESULTS, request.anchor(), new PasswordResult(Message.CURRENT_VERSION, UUID.randomUUID(),
                request.correlationId(), IDS, request.anchor(), true, null, null));
        ScimOutcome outcome = outcomeOf(create);
        assertEquals(201, outcome.httpStatus());
        assertEquals("GEN-5", outcome.object().scimId());
    }

    @Test
    @Order(9)
    void anImportThatReadTheNewObjectBeforeItsResultArrivedIsTheSameObject() {
        ScimChangeEvent create = createOf("tmp-6", "lee");
        send(create);
        ExportBatch batch = awaitBatch("tmp-6", 0);
        long before = objects();
        // the target created GEN-6; a delta import reads it before the worker's result is applied
        String runId = startImport("delta");
        ImportRequest request = requestFor(runId);
        answerWithOnePage(request, List.of(Events.imported("GEN-6",
                Map.of("userName", "lee", "isActive", true))), "wm-3");
        poll(() -> assertTrue(row("GEN-6").isPresent()));
        assertEquals(before + 1, objects());

        publish(anchorReturned(batch, "tmp-6", "GEN-6"));
        ScimOutcome outcome = outcomeOf(create);
        assertEquals(201, outcome.httpStatus(), String.valueOf(outcome.detail()));
        assertEquals("GEN-6", outcome.object().scimId());
        assertEquals(before, objects(), "one object, not two");
        Row row = row("GEN-6").orElseThrow();
        assertEquals("confirmed", row.state());
        assertFalse(row.exportUnconfirmed(), "the import has seen it");
        assertTrue(row("tmp-6").isEmpty());
    }

    @Test
    @Order(10)
    void aCreateAskingForTheOldAnchorOfARenamedObjectFindsThatObject() {
        // GEN-1 is the SCIM id GEN-1b kept: a create that asks for the anchor GEN-1 finds that object
        ScimChangeEvent taken = createOf("GEN-1", "ned");
        send(taken);
        ScimOutcome duplicate = outcomeOf(taken);
        assertEquals(409, duplicate.httpStatus());
        assertTrue(duplicate.detail().contains("'GEN-1b'"), duplicate.detail());
        assertTrue(row("GEN-1").isEmpty());
        assertEquals(Optional.of("GEN-1b"), anchorOfScimId("GEN-1"));
    }

    @Test
    @Order(11)
    void aNewObjectImportedAtTheOldAnchorOfARenamedObjectGetsAnotherScimId() {
        // the target now has a different object at GEN-1, whose SCIM id the renamed GEN-1b keeps
        String runId = startImport("delta");
        ImportRequest request = requestFor(runId);
        answerWithOnePage(request, List.of(Events.imported("GEN-1",
                Map.of("userName", "ola", "isActive", true))), "wm-4");
        poll(() -> runs().body(run(runId) + ".status", equalTo("completed"))
                .body(run(runId) + ".added", equalTo(1)));

        Row imported = row("GEN-1").orElseThrow();
        String expected = UUID.nameUUIDFromBytes((IDS + "/User/GEN-1").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        assertEquals(expected, imported.scimId(), "a UUID named by connector, object type and anchor");
        assertEquals("ola", imported.attributes().get("userName"));
        assertEquals(Optional.of("GEN-1"), anchorOfScimId(expected), "the new object is readable by its SCIM id");
        assertEquals(Optional.of("GEN-1b"), anchorOfScimId("GEN-1"), "the renamed object keeps its SCIM id");
        assertEquals("GEN-1", row("GEN-1b").orElseThrow().scimId());

        // a change addressed to GEN-1 now reaches the object that is there, not the renamed one
        ScimOutcome outcome = titleChangedAt("GEN-1", 1, "Skipper");
        assertEquals(expected, outcome.object().scimId());
        assertEquals("Skipper", outcome.object().attributes().get("title"));
        assertEquals("Captain", row("GEN-1b").orElseThrow().attributes().get("title"));
    }

    @Test
    @Order(12)
    void anAddTheTargetGivesTheAnchorARenamedObjectKeptAsScimIdGetsAnotherScimIdAsAnImportWould() {
        // GEN-6 is renamed GEN-6b and keeps the SCIM id GEN-6 ...
        ScimChangeEvent modify = change(ChangeOperation.MODIFY, "GEN-6", AttributeDelta.replace("userName", "lee.b"));
        send(modify);
        ExportBatch rename = awaitBatch("GEN-6", 0);
        publish(anchorReturned(rename, "GEN-6", "GEN-6b"));
        assertEquals(200, outcomeOf(modify).httpStatus());

        // ... then the target hands the anchor GEN-6, free again, to a new object
        ScimChangeEvent create = createOf("tmp-7", "max");
        send(create);
        ExportBatch batch = awaitBatch("tmp-7", 0);
        publish(anchorReturned(batch, "tmp-7", "GEN-6"));
        ScimOutcome outcome = outcomeOf(create);
        assertEquals(201, outcome.httpStatus(), String.valueOf(outcome.detail()));
        String expected = UUID.nameUUIDFromBytes((IDS + "/User/GEN-6").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        assertEquals(expected, outcome.object().scimId(), "the UUID an import would have given it");
        assertEquals("GEN-6", outcome.object().anchor());
        assertEquals(expected, row("GEN-6").orElseThrow().scimId());
        assertEquals(Optional.of("GEN-6"), anchorOfScimId(expected), "the new object is readable by its SCIM id");
        assertEquals(Optional.of("GEN-6b"), anchorOfScimId("GEN-6"), "the renamed object keeps its SCIM id");
        assertTrue(row("tmp-7").isEmpty());

        // a change addressed to GEN-6 now reaches the new object, not the renamed one
        ScimOutcome updated = titleChangedAt("GEN-6", 1, "Mate");
        assertEquals(expected, updated.object().scimId());
        assertEquals("max", updated.object().attributes().get("userName"));
    }

    /** A SCIM change of the title addressed to {@code anchor}, exported (its batch #{@code index}) and confirmed: 200. */
    private ScimOutcome titleChangedAt(String anchor, int index, String title) {
        ScimChangeEvent modify = change(ChangeOperation.MODIFY, anchor, AttributeDelta.replace("title", title));
        send(modify);
        ExportBatch batch = awaitBatch(anchor, index);
        publish(result(batch, CSEntryChangeResult.success(item(batch, anchor).change().identifier()), List.of()));
        ScimOutcome outcome = outcomeOf(modify);
        assertEquals(200, outcome.httpStatus(), String.valueOf(outcome.detail()));
        return outcome;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> pendingChange(String anchor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> found = em.createNativeQuery("SELECT CAST(pending_change AS text) FROM cs_object "
                            + "WHERE connector = ?1 AND object_type = 'User' AND anchor = ?2")
                    .setParameter(1, IDS).setParameter(2, anchor).getResultList();
            String json = found.isEmpty() ? null : found.get(0);
            return json == null ? new HashMap<String, Map<String, Object>>()
                    : (Map<String, Map<String, Object>>) io.openecma.schemas.events.Json.read(json, Map.class);
        });
    }
}
