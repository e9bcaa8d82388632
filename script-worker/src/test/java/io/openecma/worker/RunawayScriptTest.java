package io.openecma.worker;

import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.events.ExportResult;
import io.openecma.schemas.events.FailureKind;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.openecma.worker.Batches.batch;
import static io.openecma.worker.Batches.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One worker serves two connectors; one's Export script recurses without end, then allocates
 * without end (limits.scriptMemoryMegabytes: 64 in the probe's connector.yaml). Each of those
 * batches fails with the limit's error, the other connector's exports go on meanwhile, and the
 * runaway connector's next batch succeeds: the worker process lives on.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class RunawayScriptTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void runawayScriptsFailAloneAndTheOtherConnectorKeepsExporting() throws Exception {
        try (ContractSide kafka = new ContractSide()) {
            String runaway = "probe-" + UUID.randomUUID().toString().substring(0, 8);
            String steady = "probe-" + UUID.randomUUID().toString().substring(0, 8);
            Path probe = Path.of("src/test/resources/connectors/probe");
            kafka.serve(ContractSide.definition(probe, runaway), 1);
            kafka.serve(ContractSide.definition(probe, steady), 1);

            ExportBatch recurse = batch(runaway, item("Id", "recurse", ObjectModificationType.Add));
            ExportBatch allocate = batch(runaway, item("Id", "allocate", ObjectModificationType.Add));
            kafka.send(Topics.exports(runaway), "recurse", recurse);
            kafka.send(Topics.exports(runaway), "allocate", allocate);
            List<ExportBatch> steadyBatches = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ExportBatch b = batch(steady, item("Id", "user-" + i, ObjectModificationType.Add));
                kafka.send(Topics.exports(steady), "user-" + i, b);
                steadyBatches.add(b);
            }

            ExportResult recursed = kafka.await(ExportResult.class, r -> r.batchId().equals(recurse.batchId()), WAIT);
            assertNotNull(recursed.failure());
            assertEquals(FailureKind.PERMANENT, recursed.failure().kind());
            assertTrue(recursed.failure().message().contains("The script failed due to call depth overflow."),
                    recursed.failure().message());

            ExportResult allocated = kafka.await(ExportResult.class, r -> r.batchId().equals(allocate.batchId()), WAIT);
            assertNotNull(allocated.failure());
            assertEquals(FailureKind.PERMANENT, allocated.failure().kind());
            assertTrue(allocated.failure().message().contains("memory limit of 64 MB"), allocated.failure().message());

            for (ExportBatch b : steadyBatches) {
                assertNull(kafka.await(ExportResult.class, r -> r.batchId().equals(b.batchId()), WAIT).failure());
            }
            ExportBatch after = batch(runaway, item("Id", "after-runaway", ObjectModificationType.Add));
            kafka.send(Topics.exports(runaway), "after-runaway", after);
            assertNull(kafka.await(ExportResult.class, r -> r.batchId().equals(after.batchId()), WAIT).failure());
        }
    }
}
