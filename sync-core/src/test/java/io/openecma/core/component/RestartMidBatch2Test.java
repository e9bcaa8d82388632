package io.openecma.core.component;

import io.openecma.core.testing.Events;
import io.openecma.core.testing.HrConnector;
import io.openecma.core.testing.TestConnectors;
import io.openecma.core.testing.WorkerSide;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.events.ExportResult;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.events.ScimOutcome;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.PostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.openecma.core.component.ExportFailureTest.poll;
import static io.openecma.core.component.RestartMidBatch.FIRST;
import static io.openecma.core.component.RestartMidBatch.SECOND;
import static io.openecma.core.component.RestartMidBatch.batchesFor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Second life of {@link RestartMidBatch}: the same Kafka and PostgreSQL after the restart. */
@QuarkusTest
@TestProfile(RestartMidBatch.SecondLife.class)
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(TestConnectors.class)
class RestartMidBatch2Test {

    @Inject
    EntityManager em;

    @Test
    void theResultOfTheBatchSentBeforeTheRestartIsAppliedOnceAndTheWaitingChangeFollows() {
        try (WorkerSide worker = new WorkerSide()) {
            List<ExportBatch> before = batchesFor(worker, FIRST);
            assertEquals(1, before.size(), "the restart must not resend or rebuild the batch in flight");
            for (ExportBatch batch : java.util.stream.Stream.concat(before.stream(), batchesFor(worker, SECOND).stream())
                    .distinct().toList()) {
                worker.publish(Topics.RESULTS, Topics.resultKey(batch.batchId()), new ExportResult(Message.CURRENT_VERSION,
                        UUID.randomUUID(), batch.batchId(), batch.connector(), "test-worker", List.of(), null, Instant.now()));
            }
            for (String anchor : List.of(FIRST, SECOND)) {
                ScimChangeEvent create = worker.await(Topics.SCIM_CHANGES, ScimChangeEvent.class,
                        e -> e.anchor().equals(anchor) && e.operation() == ChangeOperation.CREATE);
                ScimOutcome created = worker.await(Topics.OUTCOMES, ScimOutcome.class,
                        o -> o.correlationId().equals(create.correlationId()));
                assertEquals(201, created.httpStatus());
            }
            poll(() -> assertEquals(2, batchesFor(worker, FIRST).size()));
            ExportBatch update = batchesFor(worker, FIRST).get(1);
            assertEquals(ObjectModificationType.Update, update.items().get(0).change().objectModificationType());
            assertEquals(List.of("title"), update.items().get(0).change().changedAttributeNames());
            worker.publish(Topics.RESULTS, Topics.resultKey(update.batchId()), new ExportResult(Message.CURRENT_VERSION,
                    UUID.randomUUID(), update.batchId(), update.connector(), "test-worker", List.of(), null, Instant.now()));
            ScimChangeEvent modify = worker.await(Topics.SCIM_CHANGES, ScimChangeEvent.class,
                    e -> e.anchor().equals(FIRST) && e.operation() == ChangeOperation.MODIFY);
            ScimOutcome modified = worker.await(Topics.OUTCOMES, ScimOutcome.class,
                    o -> o.correlationId().equals(modify.correlationId()));
            assertEquals(200, modified.httpStatus());
            assertEquals("Pilot", modified.object().attributes().get("title"));
            assertEquals(1, batchesFor(worker, SECOND).size());
            long outcomes = worker.all(Topics.OUTCOMES, ScimOutcome.class,
                    o -> o.correlationId().equals(modify.correlationId())).size();
            assertEquals(1, outcomes, "answered once");
            long applied = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "SELECT count(*) FROM processed_message WHERE message_id = ?1")
                    .setParameter(1, modify.messageId()).getSingleResult()).longValue());
            assertEquals(1, applied);
        }
    }
}
