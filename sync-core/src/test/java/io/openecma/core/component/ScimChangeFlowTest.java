package io.openecma.core.component;

import io.openecma.core.testing.Events;
import io.openecma.core.testing.WorkerSide;
import io.openecma.core.testing.HrConnector;
import io.openecma.core.testing.TestConnectors;
import io.openecma.core.testing.WithWorkerSide;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.PostgresResource;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.ecma.PasswordOperationType;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.EncryptedEnvelope;
import io.openecma.schemas.events.PasswordErrorKind;
import io.openecma.schemas.events.PasswordRequest;
import io.openecma.schemas.events.PasswordResult;
import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.events.ExportResult;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.OutcomeStatus;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.events.ScimOutcome;
import io.openecma.schemas.topics.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A SCIM change travels through sync-core over real Kafka into real PostgreSQL: the test publishes
 * change events as the ingress would, takes the export batches as a worker would, answers with
 * export results, and reads the outcomes the ingress would wait for.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(TestConnectors.class)
class ScimChangeFlowTest extends WithWorkerSide {

    @Inject
    EntityManager em;

    @BeforeEach
    void connectorReady() {
        HrConnector.ensureReady(worker);
    }

    static ExportBatch awaitBatch(String anchor, int afterCount) {
        return worker.awaitNth(Topics.exports(TestConnectors.HR), ExportBatch.class,
                b -> b.items().stream().anyMatch(i -> i.anchor().equals(anchor)), afterCount);
    }

    static void succeed(ExportBatch batch) {
        worker.publish(Topics.RESULTS, Topics.resultKey(batch.batchId()), new ExportResult(Message.CURRENT_VERSION,
                UUID.randomUUID(), batch.batchId(), batch.connector(), "test-worker", List.of(), null, Instant.now()));
    }

    static ScimOutcome outcomeOf(ScimChangeEvent event) {
        return worker.await(Topics.OUTCOMES, ScimOutcome.class, o -> o.correlationId().equals(event.correlationId()));
    }

    static void send(ScimChangeEvent event) {
        worker.publish(Topics.SCIM_CHANGES, Topics.changeKey(event.connector(), event.anchor()), event);
    }

    @Test
    void createIsExportedAsAnAddAndAnsweredWith201AndTheExportedValues() {
        ScimChangeEvent create = Events.change(ChangeOperation.CREATE, "e100", true,
                AttributeDelta.replace("EmployeeId", "e100"), AttributeDelta.replace("userName", "dora"),
                AttributeDelta.replace("title", "Analyst"));
        send(create);
        ExportBatch batch = awaitBatch("e100", 0);
        assertEquals(ObjectModificationType.Add, batch.items().get(0).change().objectModificationType());
        assertEquals(List.of("Analyst"), batch.items().get(0).change().attribute("title").orElseThrow().addedValues());
        // the sample connector disables by setting isActive; an active create exports isActive=true
        assertEquals(List.of(true), batch.items().get(0).change().attribute("isActive").orElseThrow().addedValues());
        succeed(batch);

        ScimOutcome outcome = outcomeOf(create);
        assertEquals(OutcomeStatus.APPLIED, outcome.status());
        assertEquals(201, outcome.httpStatus());
        assertEquals("dora", outcome.object().attributes().get("userName"));
        given().header("Authorization", HrConnector.ADMIN_TOKEN)
                .get("/admin/connectors/hr/objects/User/e100").then().statusCode(200)
                .body("state", equalTo("confirmed")).body("attributes.title", equalTo("Analyst"))
                .body("inTarget", equalTo(true));
    }

    @Test
    void aRedeliveredEventAndARetriedRequestAreAppliedOnceAndExportedOnce() {
        ScimChangeEvent create = Events.change(ChangeOperation.CREATE, "e200", true,
                AttributeDelta.replace("EmployeeId", "e200"), AttributeDelta.replace("userName", "eve"));
        send(create);
        send(create); // Kafka redelivery: same message id
        ExportBatch first = awaitBatch("e200", 0);
        succeed(first);
        assertEquals(201, outcomeOf(create).httpStatus());

        ScimChangeEvent retried = Events.retryOf(create); // the ingress retried the identical request
        send(retried);
        ScimOutcome again = outcomeOf(retried);
        assertEquals(201, again.httpStatus());
        assertEquals("eve", again.object().attributes().get("userName"));

        // a later change on the same partition is applied after the duplicates: its export is the next one
        ScimChangeEvent modify = Events.change(ChangeOperation.MODIFY, "e200", null, AttributeDelta.replace("title", "Lead"));
        send(modify);
        ExportBatch second = awaitBatch("e200", 1);
        assertEquals(ObjectModificationType.Update, second.items().get(0).change().objectModificationType());
        assertEquals(List.of("title"), second.items().get(0).change().changedAttributeNames());
        succeed(second);
        assertEquals(200, outcomeOf(modify).httpStatus());

        assertEquals(2, worker.all(Topics.exports(TestConnectors.HR), ExportBatch.class,
                b -> b.items().stream().anyMatch(i -> i.anchor().equals("e200"))).size());
        assertEquals(1L, count("SELECT count(*) FROM processed_message WHERE message_id = ?1", create.messageId()));
    }

    @Test
    void aDuplicateAnchorIs409AndAnUnknownObjectIs404() {
        ScimChangeEvent duplicate = Events.change(ChangeOperation.CREATE, "e001", true,
                AttributeDelta.replace("userName", "someone-else"));
        send(duplicate);
        ScimOutcome conflict = outcomeOf(duplicate);
        assertEquals(409, conflict.httpStatus());
        assertEquals("uniqueness", conflict.scimType());

        ScimChangeEvent unknown = Events.change(ChangeOperation.MODIFY, "nobody", null, AttributeDelta.replace("title", "x"));
        send(unknown);
        assertEquals(404, outcomeOf(unknown).httpStatus());
        assertNull(outcomeOf(unknown).object());
    }

    @Test
    void theOutcomeGoesToThePartitionTheWaitingReplicaReads() {
        // keyed by correlation id alone, the two outcomes would land on whatever partitions their random
        // ids hash to; the named partitions (of six) must be the ones used
        ScimChangeEvent create = Events.replyingTo(Events.change(ChangeOperation.CREATE, "e150", true,
                AttributeDelta.replace("EmployeeId", "e150"), AttributeDelta.replace("userName", "fay")), 4);
        send(create);
        succeed(awaitBatch("e150", 0));
        WorkerSide.Received<ScimOutcome> applied = worker.awaitRecord(Topics.OUTCOMES, ScimOutcome.class,
                o -> o.correlationId().equals(create.correlationId()));
        assertEquals(201, applied.message().httpStatus());
        assertEquals(4, applied.partition());

        ScimChangeEvent unknown = Events.replyingTo(Events.change(ChangeOperation.MODIFY, "nobody-150", null,
                AttributeDelta.replace("title", "x")), 1);
        send(unknown);
        WorkerSide.Received<ScimOutcome> answeredNow = worker.awaitRecord(Topics.OUTCOMES, ScimOutcome.class,
                o -> o.correlationId().equals(unknown.correlationId()));
        assertEquals(404, answeredNow.message().httpStatus());
        assertEquals(1, answeredNow.partition());
    }

    @Test
    void deleteExportsADeleteAndRemovesTheObject() {
        ScimChangeEvent delete = Events.change(ChangeOperation.DELETE, "e003", null);
        send(delete);
        ExportBatch batch = awaitBatch("e003", 0);
        assertEquals(ObjectModificationType.Delete, batch.items().get(0).change().objectModificationType());
        succeed(batch);
        assertEquals(204, outcomeOf(delete).httpStatus());
        given().header("Authorization", HrConnector.ADMIN_TOKEN)
                .get("/admin/connectors/hr/objects/User/e003").then().statusCode(404);
    }

    @Test
    void aPasswordIsSetAfterTheAddAndItsPolicyErrorIsAnsweredWithTheScriptsMessage() {
        EncryptedEnvelope envelope = new EncryptedEnvelope("k1", "AES-256-GCM", "aXY=", "Y2lwaGVy");
        ScimChangeEvent create = new ScimChangeEvent(Message.CURRENT_VERSION, UUID.randomUUID(), UUID.randomUUID(),
                TestConnectors.HR, "User", "e400", "e400", ChangeOperation.CREATE,
                List.of(AttributeDelta.replace("EmployeeId", "e400"), AttributeDelta.replace("userName", "gus")), true,
                "fp-e400", true, Instant.now(), envelope);
        send(create);
        ExportBatch batch = awaitBatch("e400", 0);
        assertTrue(batch.items().get(0).change().attribute("password").isEmpty(), "the password is not exported with the Add");
        succeed(batch);

        PasswordRequest request = worker.await(Topics.passwords(TestConnectors.HR), PasswordRequest.class,
                r -> r.correlationId().equals(create.correlationId()));
        assertEquals(PasswordOperationType.SetPassword, request.operationType());
        assertEquals(envelope, request.envelope());
        assertEquals("e400", request.anchor());
        worker.publish(Topics.RESULTS, request.anchor(), new PasswordResult(Message.CURRENT_VERSION, UUID.randomUUID(),
                request.correlationId(), TestConnectors.HR, "e400", false, PasswordErrorKind.POLICY_VIOLATION,
                "password must be at least 12 characters"));
        ScimOutcome outcome = outcomeOf(create);
        assertEquals(400, outcome.httpStatus());
        assertEquals("password must be at least 12 characters", outcome.detail());
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue());
    }
}
