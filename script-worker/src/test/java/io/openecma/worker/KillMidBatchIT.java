package io.openecma.worker;

import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.events.ExportResult;
import io.openecma.schemas.topics.Topics;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.openecma.worker.Batches.batch;
import static io.openecma.worker.Batches.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged worker as real processes on real Kafka: one is killed with SIGKILL while its batch
 * runs; nothing was committed or published for it, and the next worker of the group runs it once.
 */
class KillMidBatchIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Path PROBE = Path.of("src/test/resources/connectors/probe");

    @Test
    void aWorkerKilledMidBatchLeavesItUncommittedAndTheNextWorkerRunsItOnce() throws Exception {
        try (ContractSide kafka = new ContractSide()) {
            String connector = "probe-" + UUID.randomUUID().toString().substring(0, 8);
            kafka.serve(ContractSide.definition(PROBE, connector), 1);
            Path dataDir = Files.createTempDirectory("worker-data-");

            Process first = start(kafka, connector, dataDir, "first");
            ExportBatch batch = batch(connector, item("Id", "slow-killed", ObjectModificationType.Add));
            RecordMetadata at = kafka.send(Topics.exports(connector), "slow-killed", batch);
            awaitOutput(dataDir.resolve("first.log"), "exporting slow-killed");
            first.destroyForcibly().waitFor();

            TopicPartition partition = new TopicPartition(at.topic(), at.partition());
            String group = "openecma-script-worker-" + connector;
            assertTrue(kafka.committed(group, partition).orElse(0L) <= at.offset(), "the killed batch was committed");
            kafka.poll(Duration.ofSeconds(1));
            assertTrue(kafka.resultsOf(ExportResult.class, r -> r.batchId().equals(batch.batchId())).isEmpty());

            Process second = start(kafka, connector, dataDir, "second");
            try {
                ExportResult result = kafka.await(ExportResult.class, r -> r.batchId().equals(batch.batchId()),
                        Duration.ofMinutes(3));
                assertNull(result.failure());
                kafka.poll(Duration.ofSeconds(2));
                assertEquals(1, kafka.resultsOf(ExportResult.class, r -> r.batchId().equals(batch.batchId())).size());
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (kafka.committed(group, partition).orElse(0L) <= at.offset() && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertEquals(at.offset() + 1, kafka.committed(group, partition).orElse(0L));
                List<String> log = Files.readAllLines(dataDir.resolve(connector).resolve("MAData").resolve("log.txt"));
                assertTrue(log.stream().anyMatch(l -> l.contains("Add slow-killed")), String.valueOf(log));
            } finally {
                second.destroy();
                second.waitFor();
            }
        }
    }

    private static Process start(ContractSide kafka, String connector, Path dataDir, String name) throws IOException {
        assertTrue(Files.exists(JAR), "package the worker first (mvn verify runs this test after package)");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve(name + ".log").toFile());
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrap());
        builder.environment().put("OPENECMA_DATA_DIR", dataDir.toString());
        builder.environment().put("OPENECMA_WORKER_CONNECTORS", connector);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(freePort()));
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitOutput(Path log, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the worker never logged '" + text + "':\n" + (Files.exists(log) ? Files.readString(log) : ""));
    }
}
