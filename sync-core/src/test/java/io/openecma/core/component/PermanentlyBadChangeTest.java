package io.openecma.core.component;

import io.openecma.core.testing.Events;
import io.openecma.core.testing.HrConnector;
import io.openecma.core.testing.TestConnectors;
import io.openecma.core.testing.WithWorkerSide;
import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.OutcomeStatus;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.events.ScimOutcome;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.PostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A change whose text PostgreSQL cannot store (a NUL) is answered 400 at once: not retried, not set
 * aside as a dead letter, and the changes around it are applied as usual.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(TestConnectors.class)
class PermanentlyBadChangeTest extends WithWorkerSide {

    @Inject
    EntityManager em;

    @BeforeEach
    void connectorReady() {
        HrConnector.ensureReady(worker);
    }

    @Test
    void aNulInAValueOrAnAnchorIsAnswered400WithoutRetryOrDeadLetter() {
        ScimChangeEvent inValue = Events.change(ChangeOperation.CREATE, "nul-value-1", null,
                AttributeDelta.replace("title", "a\u0000b"));
        ScimChangeEvent inAnchor = Events.change(ChangeOperation.CREATE, "nul\u0000anchor", null,
                AttributeDelta.replace("title", "Clerk"));
        long deadLettersBefore = deadLetters();
        send(inValue);
        send(inAnchor);

        for (ScimChangeEvent event : new ScimChangeEvent[]{inValue, inAnchor}) {
            ScimOutcome outcome = worker.await(Topics.OUTCOMES, ScimOutcome.class,
                    o -> o.correlationId().equals(event.correlationId()));
            assertEquals(OutcomeStatus.FAILED, outcome.status());
            assertEquals(400, outcome.httpStatus());
            assertEquals("invalidValue", outcome.scimType());
            assertTrue(outcome.detail().contains("NUL"), outcome.detail());
        }
        assertEquals(deadLettersBefore, deadLetters(), "a permanently bad change is no dead letter");
        assertEquals(0L, count("SELECT count(*) FROM cs_object WHERE anchor = 'nul-value-1'"));
    }

    private long deadLetters() {
        return count("SELECT count(*) FROM dead_letter");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }

    private static void send(ScimChangeEvent event) {
        worker.publish(Topics.SCIM_CHANGES, Topics.changeKey(event.connector(), event.anchor()), event);
    }
}
