package io.openecma.core.component;

import io.openecma.core.testing.Events;
import io.openecma.core.testing.HrConnector;
import io.openecma.core.testing.TestConnectors;
import io.openecma.core.testing.WithWorkerSide;
import io.openecma.schemas.ecma.CSEntryChangeResult;
import io.openecma.schemas.ecma.MAExportError;
import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.BatchFailure;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.DeadLetter;
import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.events.ExportResult;
import io.openecma.schemas.events.FailureKind;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.OutcomeStatus;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.events.ScimOutcome;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What happens when exports fail, and how changes to an object in flight coalesce. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(TestConnectors.class)
class ExportFailureTest extends WithWorkerSide {

    @BeforeEach
    void connectorReady() {
        HrConnector.ensureReady(worker);
    }

    static ExportBatch awaitBatch(String anchor, int index) {
        return worker.awaitNth(Topics.exports(TestConnectors.HR), ExportBatch.class,
                b -> b.items().stream().anyMatch(i -> i.anchor().equals(anchor)), index);
    }

    static void answer(ExportBatch batch, List<CSEntryChangeResult> results, BatchFailure failure) {
        worker.publish(Topics.RESULTS, Topics.resultKey(batch.batchId()), new ExportResult(Message.CURRENT_VERSION,
                UUID.randomUUID(), batch.batchId(), batch.connector(), "test-worker", results, failure, Instant.now()));
    }

    static void send(ScimChangeEvent event) {
        worker.publish(Topics.SCIM_CHANGES, Topics.changeKey(event.connector(), event.anchor()), event);
    }

    static ScimOutcome outcomeOf(ScimChangeEvent event) {
        return worker.await(Topics.OUTCOMES, ScimOutcome.class, o -> o.correlationId().equals(event.correlationId()));
    }

    @Test
    void anEntryErrorIsAFinalRefusalAnsweredWithTheScriptsMessageAndNeverResent() {
        ScimChangeEvent modify = Events.change(ChangeOperation.MODIFY, "e001", null, AttributeDelta.replace("title", "x".repeat(80)));
        send(modify);
        ExportBatch batch = awaitBatch("e001", 0);
        // a change arriving while the refused one travels is built on it, and is answered with it
        ScimChangeEvent meanwhile = Events.change(ChangeOperation.MODIFY, "e001", null, AttributeDelta.replace("department", "Lab"));
        send(meanwhile);
        poll(() -> given().header("Authorization", HrConnector.ADMIN_TOKEN).get("/admin/connectors/hr/objects/User/e001")
                .then().statusCode(200).body("pendingChange.attributes.department", equalTo("Lab")));
        answer(batch, List.of(CSEntryChangeResult.error(batch.items().get(0).change().identifier(),
                MAExportError.ExportErrorCustomContinueRun, "TitleTooLong", "title is longer than 64 characters")), null);

        ScimOutcome outcome = outcomeOf(modify);
        assertEquals(OutcomeStatus.FAILED, outcome.status());
        assertEquals(400, outcome.httpStatus());
        assertEquals("invalidValue", outcome.scimType());
        assertEquals("title is longer than 64 characters", outcome.detail());
        assertEquals(400, outcomeOf(meanwhile).httpStatus());
        // nothing stays pending: the object keeps what the target confirmed, the refusal is listed with the errors
        given().header("Authorization", HrConnector.ADMIN_TOKEN).get("/admin/connectors/hr/objects/User/e001")
                .then().statusCode(200).body("state", equalTo("error"))
                .body("lastError", containsString("refused by the target, not resent"))
                .body("lastError", containsString("title is longer than 64 characters"))
                .body("pendingChange", nullValue())
                .body("attributes.title", equalTo("Engineer"))
                .body("attributes.department", nullValue());
        given().header("Authorization", HrConnector.ADMIN_TOKEN).get("/admin/connectors/hr/objects?state=error")
                .then().statusCode(200).body("anchor", hasItem("e001"));
        given().header("Authorization", HrConnector.ADMIN_TOKEN).post("/admin/connectors/hr/objects/User/e001/retry")
                .then().statusCode(409);

        // the next change carries only itself
        ScimChangeEvent next = Events.change(ChangeOperation.MODIFY, "e001", null, AttributeDelta.replace("lastName", "Lovelace"));
        send(next);
        ExportBatch again = awaitBatch("e001", 1);
        assertEquals(List.of("lastName"), again.items().get(0).change().changedAttributeNames());
        assertEquals(1, again.attempt());
        answer(again, List.of(), null);
        ScimOutcome applied = outcomeOf(next);
        assertEquals(200, applied.httpStatus());
        assertEquals("Engineer", applied.object().attributes().get("title"));
        awaitState("e001", "confirmed");
        given().header("Authorization", HrConnector.ADMIN_TOKEN).get("/admin/connectors/hr/objects/User/e001")
                .then().statusCode(200).body("lastError", nullValue());
    }

    @Test
    void anObjectTheScriptAsksToRetryIsExportedAgainAfterItsBackoff() {
        ScimChangeEvent create = Events.create("e301", "gil", AttributeDelta.replace("manager", "e399"));
        send(create);
        ExportBatch first = awaitBatch("e301", 0);
        answer(first, List.of(CSEntryChangeResult.error(first.items().get(0).change().identifier(),
                MAExportError.ExportActionRetryReferenceAttribute, "ManagerNotThere", "manager e399 is not exported yet")), null);
        ExportBatch second = awaitBatch("e301", 1);
        assertEquals(2, second.attempt());
        assertEquals(first.items().get(0).change().changedAttributeNames(), second.items().get(0).change().changedAttributeNames());
        answer(second, List.of(), null);
        assertEquals(201, outcomeOf(create).httpStatus());
        awaitState("e301", "confirmed");
    }

    @Test
    void aBatchThatKeepsFailingIsRetriedThenDeadLetteredAndAnswered503() {
        ScimChangeEvent modify = Events.change(ChangeOperation.MODIFY, "e002", null, AttributeDelta.replace("title", "Senior Clerk"));
        send(modify);
        BatchFailure down = new BatchFailure(FailureKind.TRANSIENT, "ServerDownException: target unreachable", "Export.ps1:12");
        ExportBatch first = awaitBatch("e002", 0);
        assertEquals(1, first.attempt());
        answer(first, List.of(), down);
        ExportBatch second = awaitBatch("e002", 1);
        assertEquals(2, second.attempt());
        assertEquals(1, second.items().size(), "a retried object travels alone");
        answer(second, List.of(), down);

        ScimOutcome outcome = outcomeOf(modify);
        assertEquals(503, outcome.httpStatus());
        assertTrue(outcome.detail().contains("target unreachable"));
        DeadLetter letter = worker.await(Topics.DEAD_LETTERS, DeadLetter.class,
                d -> d.payload() != null && d.payload().contains(second.batchId().toString()));
        assertEquals(Topics.exports(TestConnectors.HR), letter.originalTopic());
        assertTrue(letter.reason().contains("failed 2 times"));
        awaitState("e002", "error");
        given().header("Authorization", HrConnector.ADMIN_TOKEN).get("/admin/dead-letters")
                .then().statusCode(200).body("messageId", hasItem(letter.messageId().toString()));

        // the administrator resolves it: it leaves the default list, stays in the full one
        given().header("Authorization", HrConnector.ADMIN_TOKEN)
                .post("/admin/dead-letters/" + letter.messageId() + "/resolve")
                .then().statusCode(200).body("resolvedAt", notNullValue());
        given().header("Authorization", HrConnector.ADMIN_TOKEN).get("/admin/dead-letters")
                .then().statusCode(200).body("messageId", not(hasItem(letter.messageId().toString())));
        given().header("Authorization", HrConnector.ADMIN_TOKEN).get("/admin/dead-letters?all=true")
                .then().statusCode(200).body("messageId", hasItem(letter.messageId().toString()));
        given().header("Authorization", HrConnector.ADMIN_TOKEN)
                .post("/admin/dead-letters/" + UUID.randomUUID() + "/resolve").then().statusCode(404);
    }

    @Test
    void changesArrivingWhileAnExportIsInFlightAreCoalescedIntoOneExport() {
        ScimChangeEvent create = Events.create("e300", "fay");
        send(create);
        ExportBatch add = awaitBatch("e300", 0);
        ScimChangeEvent title = Events.change(ChangeOperation.MODIFY, "e300", null, AttributeDelta.replace("title", "Chemist"));
        ScimChangeEvent department = Events.change(ChangeOperation.MODIFY, "e300", null,
                AttributeDelta.replace("department", "Lab"));
        send(title);
        send(department);
        awaitPending("e300");
        answer(add, List.of(), null);
        assertEquals(201, outcomeOf(create).httpStatus());

        ExportBatch update = awaitBatch("e300", 1);
        assertEquals(List.of("title", "department"), update.items().get(0).change().changedAttributeNames());
        answer(update, List.of(), null);
        assertEquals(200, outcomeOf(title).httpStatus());
        ScimOutcome last = outcomeOf(department);
        assertEquals("Lab", last.object().attributes().get("department"));
        assertEquals("Chemist", last.object().attributes().get("title"));
        assertEquals(2, worker.all(Topics.exports(TestConnectors.HR), ExportBatch.class,
                b -> b.items().stream().anyMatch(i -> i.anchor().equals("e300"))).size());
    }

    @Test
    void anUnreadableMessageBecomesADeadLetterAndDoesNotStopTheConsumer() {
        worker.publishRaw(Topics.SCIM_CHANGES, "hr/garbage", "{not json");
        worker.await(Topics.DEAD_LETTERS, DeadLetter.class, d -> "hr/garbage".equals(d.key()));
        ScimChangeEvent after = Events.change(ChangeOperation.MODIFY, "nobody-either", null, AttributeDelta.replace("title", "x"));
        send(after);
        assertEquals(404, outcomeOf(after).httpStatus());
    }

    /** Waits until both coalesced changes are recorded (the in-flight export has not been answered). */
    private static void awaitPending(String anchor) {
        poll(() -> given().header("Authorization", HrConnector.ADMIN_TOKEN)
                .get("/admin/connectors/hr/objects/User/" + anchor).then().statusCode(200)
                .body("pendingChange.attributes.department", equalTo("Lab"))
                .body("pendingChange.attributes.title", equalTo("Chemist")));
    }

    private static void awaitState(String anchor, String state) {
        poll(() -> given().header("Authorization", HrConnector.ADMIN_TOKEN)
                .get("/admin/connectors/hr/objects/User/" + anchor).then().statusCode(200).body("state", equalTo(state)));
    }

    static void poll(Runnable assertion) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                HrConnector.sleep(100);
            }
        }
    }
}
