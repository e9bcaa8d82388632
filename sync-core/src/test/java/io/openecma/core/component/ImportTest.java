package io.openecma.core.component;

import io.openecma.core.testing.Events;
import io.openecma.core.testing.TestConnectors;
import io.openecma.core.testing.WorkerSide;
import io.openecma.schemas.ecma.AnchorAttribute;
import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.ImportType;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.ImportPage;
import io.openecma.schemas.events.ImportRequest;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.events.ScimOutcome;
import io.openecma.schemas.events.SchemaRequest;
import io.openecma.schemas.events.SchemaResult;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Imports of the crm connector, the test playing the worker that runs the Import script: the first
 * full import (SCIM answered 503 meanwhile), later full imports that remove what they no longer
 * see within the deletion threshold or stop beyond it, a delta import with the watermark, and a
 * redelivered page. The steps build on each other, so they run in order.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(TestConnectors.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportTest {

    private static final String ADMIN = "Bearer test-admin-token";
    private static final String CRM = TestConnectors.CRM;
    static WorkerSide worker;

    @BeforeAll
    static void start() {
        worker = new WorkerSide();
    }

    @AfterAll
    static void stop() {
        worker.close();
    }

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
        worker.publish(Topics.RESULTS, Topics.resultKey(page.runId()), page);
    }

    private static ImportRequest requestFor(String runId) {
        return worker.await(Topics.imports(CRM), ImportRequest.class, r -> r.runId().toString().equals(runId));
    }

    private static String startImport(String type) {
        return given().header("Authorization", ADMIN).post("/admin/connectors/crm/imports?type=" + type)
                .then().statusCode(202).extract().path("runId");
    }

    private static void awaitRun(String runId, String status) {
        poll(() -> given().header("Authorization", ADMIN).get("/admin/connectors/crm/runs").then().statusCode(200)
                .body("find { it.runId == '" + runId + "' }.status", equalTo(status)));
    }

    private static long objects() {
        return given().header("Authorization", ADMIN).get("/admin/connectors/crm/objects?limit=1000")
                .then().statusCode(200).extract().jsonPath().getList("anchor").size();
    }

    @Test
    @Order(1)
    void theFirstFullImportLoadsTheConnectorSpaceAndScimWaitsWith503Meanwhile() {
        given().header("Authorization", ADMIN).get("/admin/connectors").then().statusCode(200)
                .body("find { it.name == 'crm' }.status", equalTo("initial_import"));
        ScimChangeEvent early = new ScimChangeEvent(Message.CURRENT_VERSION, UUID.randomUUID(), UUID.randomUUID(), CRM,
                "User", "c99", "c99", ChangeOperation.CREATE, List.of(AttributeDelta.replace("userName", "late")), true,
                "fp-c99", false, Instant.now(), null);
        worker.publish(Topics.SCIM_CHANGES, Topics.changeKey(CRM, "c99"), early);
        ScimOutcome busy = worker.await(Topics.OUTCOMES, ScimOutcome.class, o -> o.correlationId().equals(early.correlationId()));
        assertEquals(503, busy.httpStatus());
        assertEquals(30, busy.retryAfterSeconds());

        SchemaRequest schema = worker.await(Topics.imports(CRM), SchemaRequest.class, r -> true);
        worker.publish(Topics.RESULTS, Topics.resultKey(schema.requestId()), new SchemaResult(Message.CURRENT_VERSION,
                UUID.randomUUID(), schema.requestId(), CRM, Events.HR_SCHEMA, null));
        ImportRequest first = worker.await(Topics.imports(CRM), ImportRequest.class, r -> r.importType() == ImportType.Full);
        assertEquals(500, first.pageSize());
        publish(page(first, 1, users(1, 6), true));
        publish(page(first, 2, users(7, 10), false));

        awaitRun(first.runId().toString(), "completed");
        given().header("Authorization", ADMIN).get("/admin/connectors/crm/runs").then()
                .body("find { it.runId == '" + first.runId() + "' }.added", equalTo(10))
                .body("find { it.runId == '" + first.runId() + "' }.pages", equalTo(2));
        given().header("Authorization", ADMIN).get("/admin/connectors").then()
                .body("find { it.name == 'crm' }.status", equalTo("ready"));
        assertEquals(10, objects());
    }

    @Test
    @Order(2)
    void aFullImportUpdatesChangedObjectsAndRemovesThoseNoLongerSeen() {
        String runId = startImport("full");
        ImportRequest request = requestFor(runId);
        List<CSEntryChange> entries = new java.util.ArrayList<>(users(2, 9));
        entries.add(0, user(1, "Director"));
        ImportPage only = page(request, 1, entries, false);
        publish(only);
        publish(only); // redelivered page: applied once
        awaitRun(runId, "completed");
        given().header("Authorization", ADMIN).get("/admin/connectors/crm/runs").then()
                .body("find { it.runId == '" + runId + "' }.updated", equalTo(1))
                .body("find { it.runId == '" + runId + "' }.deleted", equalTo(1))
                .body("find { it.runId == '" + runId + "' }.added", equalTo(0));
        given().header("Authorization", ADMIN).get("/admin/connectors/crm/objects/User/c1").then()
                .body("attributes.title", equalTo("Director"));
        given().header("Authorization", ADMIN).get("/admin/connectors/crm/objects/User/c10").then().statusCode(404);
    }

    @Test
    @Order(3)
    void aFullImportThatWouldDeleteMoreThanTheThresholdStopsAndDeletesNothing() {
        String runId = startImport("full");
        ImportRequest request = requestFor(runId);
        publish(page(request, 1, users(1, 3), false));
        awaitRun(runId, "stopped");
        given().header("Authorization", ADMIN).get("/admin/connectors/crm/runs").then()
                .body("find { it.runId == '" + runId + "' }.deleted", equalTo(0))
                .body("find { it.runId == '" + runId + "' }.message", org.hamcrest.Matchers.containsString("threshold"));
        assertEquals(9, objects());
    }

    @Test
    @Order(4)
    void aDeltaImportPassesTheWatermarkAndAppliesUpdatesAndDeletes() {
        List<String> watermarks = given().header("Authorization", ADMIN).get("/admin/connectors/crm/runs")
                .then().extract().jsonPath().getList("runId");
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
        given().header("Authorization", ADMIN).get("/admin/connectors/crm/objects/User/c2").then()
                .body("attributes.title", equalTo("Buyer")).body("attributes.userName", equalTo("user2"));
        given().header("Authorization", ADMIN).get("/admin/connectors/crm/objects/User/c3").then().statusCode(404);
        given().header("Authorization", ADMIN).get("/admin/connectors/crm/objects?attribute=userName&value=USER4")
                .then().statusCode(200).body("anchor", hasItem("c4"));
    }

    @Test
    @Order(5)
    void theAdminApiNeedsItsTokenAndHealthAndMetricsAreServed() {
        given().get("/admin/connectors").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").get("/admin/connectors").then().statusCode(401);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'sync-core outbox' }.status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("openecma_import_objects_total{connector=\"crm\"}"));
    }
}
