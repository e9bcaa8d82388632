package io.openecma.core.component;

import io.openecma.core.testing.Events;
import io.openecma.core.testing.HrConnector;
import io.openecma.core.testing.StatementLog;
import io.openecma.core.testing.TestConnectors;
import io.openecma.core.testing.WithWorkerSide;
import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Counts the SQL statements sync-core prepares for one confirmed SCIM create, from the change to
 * the outcome leaving the outbox (docs/performance.md, "Session 8: statements per write"). The
 * timers are set far off, so every statement counted belongs to the write.
 */
@QuarkusTest
@TestProfile(StatementsPerWriteTest.NoTimers.class)
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(TestConnectors.class)
class StatementsPerWriteTest extends WithWorkerSide {

    private static final Logger LOG = Logger.getLogger(StatementsPerWriteTest.class);
    /** What one create costs now (session 8); more means a change added statements to the write path. */
    static final int MOST_STATEMENTS = 24;

    public static class NoTimers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("openecma.outbox.poll-interval", "1h", "openecma.export.tick", "1h");
        }
    }

    @BeforeEach
    void connectorReady() {
        HrConnector.ensureReady(worker);
    }

    @Test
    void aConfirmedCreateCostsAFewStatements() throws InterruptedException {
        warmUp("s8-warm");
        StatementLog.clear();
        ScimChangeEvent create = Events.create("s8-count", "counted");
        ScimChangeFlowTest.send(create);
        ScimChangeFlowTest.succeed(ScimChangeFlowTest.awaitBatch("s8-count", 0));
        assertEquals(201, ScimChangeFlowTest.outcomeOf(create).httpStatus());
        Thread.sleep(500); // the relay deletes what it sent after Kafka acknowledged it
        // the metrics gauges' refresh (every 15 s) is no part of the write
        List<StatementLog.Entry> statements = StatementLog.entries().stream()
                .filter(s -> !s.sql().startsWith("SELECT count(*) FILTER")).toList();
        StringBuilder list = new StringBuilder();
        statements.forEach(s -> list.append('\n').append(s.thread()).append(": ").append(s.sql()));
        LOG.infof("%d statements for one confirmed create:%s", statements.size(), list);
        assertTrue(statements.size() <= MOST_STATEMENTS, statements.size() + " statements:" + list);
    }

    /** One write first, so that lazily loaded state (connector, sequences) is not counted. */
    private static void warmUp(String anchor) {
        ScimChangeEvent create = Events.create(anchor, anchor);
        ScimChangeFlowTest.send(create);
        ExportBatch batch = ScimChangeFlowTest.awaitBatch(anchor, 0);
        ScimChangeFlowTest.succeed(batch);
        assertEquals(201, ScimChangeFlowTest.outcomeOf(create).httpStatus());
    }
}
