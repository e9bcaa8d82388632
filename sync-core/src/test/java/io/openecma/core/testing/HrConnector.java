package io.openecma.core.testing;

import io.openecma.schemas.ecma.ImportType;
import io.openecma.schemas.events.ImportPage;
import io.openecma.schemas.events.ImportRequest;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.SchemaRequest;
import io.openecma.schemas.events.SchemaResult;
import io.openecma.schemas.topics.Topics;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

/**
 * Plays the worker for the hr connector's start: answers the schema request and the first full
 * import (three users), then waits until the admin API reports the connector ready. Done once per
 * application start.
 */
public final class HrConnector {

    public static final String ADMIN_TOKEN = "Bearer test-admin-token";
    private static boolean ready;

    private HrConnector() {
    }

    public static synchronized void ensureReady(WorkerSide worker) {
        if (ready) {
            return;
        }
        String imports = Topics.imports(TestConnectors.HR);
        SchemaRequest schemaRequest = worker.await(imports, SchemaRequest.class, r -> true);
        worker.publish(Topics.RESULTS, Topics.resultKey(schemaRequest.requestId()), new SchemaResult(
                Message.CURRENT_VERSION, UUID.randomUUID(), schemaRequest.requestId(), TestConnectors.HR, Events.HR_SCHEMA, null));
        ImportRequest importRequest = worker.await(imports, ImportRequest.class, r -> r.importType() == ImportType.Full);
        worker.publish(Topics.IMPORT_PAGES, Topics.resultKey(importRequest.runId()), new ImportPage(Message.CURRENT_VERSION,
                UUID.randomUUID(), importRequest.runId(), TestConnectors.HR, 1, List.of(
                        Events.imported("e001", Map.of("userName", "ada", "title", "Engineer", "isActive", true)),
                        Events.imported("e002", Map.of("userName", "bob", "title", "Clerk", "isActive", true)),
                        Events.imported("e003", Map.of("userName", "cyd", "title", "Manager", "isActive", true))),
                false, "watermark-1", null));
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            try {
                given().header("Authorization", ADMIN_TOKEN).get("/admin/connectors").then().statusCode(200)
                        .body("findAll { it.name == 'hr' }.status", hasItem("ready"))
                        .body("findAll { it.name == 'hr' }.schemaKnown", hasItem(true));
                break;
            } catch (AssertionError e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                sleep(200);
            }
        }
        ready = true;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
