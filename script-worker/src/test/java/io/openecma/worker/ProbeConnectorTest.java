package io.openecma.worker;

import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.CSEntryChangeResult;
import io.openecma.schemas.ecma.ImportType;
import io.openecma.schemas.ecma.MAExportError;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.events.DeadLetter;
import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.events.ExportResult;
import io.openecma.schemas.events.FailureKind;
import io.openecma.schemas.events.ImportEntryError;
import io.openecma.schemas.events.ImportPage;
import io.openecma.schemas.events.ImportRequest;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.SchemaResult;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.LogCapture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.openecma.worker.Batches.batch;
import static io.openecma.worker.Batches.item;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The worker against real Kafka with a test connector whose Export script does what each entry's
 * DN asks (succeed, refuse, throw, be down, hang, be slow): the test plays sync-core's side.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class ProbeConnectorTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static ContractSide kafka;

    @ConfigProperty(name = "openecma.worker.data-dir")
    Path dataDir;

    @BeforeAll
    static void contract() {
        kafka = new ContractSide();
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static String serveProbe() throws IOException {
        String name = "probe-" + UUID.randomUUID().toString().substring(0, 8);
        ConnectorDefinition definition = ContractSide.definition(Path.of("src/test/resources/connectors/probe"), name);
        kafka.serve(definition, 1);
        return name;
    }

    private List<String> log(String connector) throws IOException {
        Path log = dataDir.resolve(connector).resolve("MAData").resolve("log.txt");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .map(l -> l.replace("\uFEFF", "").trim()).filter(l -> !l.isEmpty()).toList() : List.of();
    }

    private ExportResult exportAndWait(String connector, ExportBatch batch) {
        kafka.send(Topics.exports(connector), batch.items().get(0).anchor(), batch);
        return kafka.await(ExportResult.class, r -> r.batchId().equals(batch.batchId()), WAIT);
    }

    @Test
    void exportsEachEntryAndKeepsOneSessionAcrossBatchesUntilIdle() throws Exception {
        String connector = serveProbe();
        ExportBatch first = batch(connector, item("Id", "alice", ObjectModificationType.Add),
                item("Id", "bad-bob", ObjectModificationType.Add));
        ExportResult firstResult = exportAndWait(connector, first);
        ExportBatch second = batch(connector, item("Id", "carol", ObjectModificationType.Replace));
        ExportResult secondResult = exportAndWait(connector, second);

        assertNull(firstResult.failure());
        assertEquals(connector, firstResult.connector());
        CSEntryChangeResult alice = resultFor(firstResult, first.items().get(0).change());
        CSEntryChangeResult bob = resultFor(firstResult, first.items().get(1).change());
        assertEquals(MAExportError.Success, alice.errorCode());
        assertEquals(MAExportError.ExportErrorCustomContinueRun, bob.errorCode());
        assertEquals("ProbeError", bob.errorName());
        assertEquals("the probe refuses bad-bob", bob.errorDetail());
        assertNull(secondResult.failure());
        // one session: one Begin for both batches (End may already have followed on a slow machine)
        assertEquals(List.of("begin", "Add alice", "Replace carol"), log(connector).subList(0, 3));

        // End Export runs once the session has been idle for the configured time (5 s in tests).
        awaitLog(connector, List.of("begin", "Add alice", "Replace carol", "end"));
    }

    @Test
    void aScriptThatThrowsFailsItsBatchWithTheScriptsMessageAndLine() throws Exception {
        String connector = serveProbe();
        ExportResult result = exportAndWait(connector, batch(connector, item("Id", "crash", ObjectModificationType.Add)));

        assertNotNull(result.failure());
        assertEquals(FailureKind.PERMANENT, result.failure().kind());
        assertTrue(result.failure().message().contains("the probe target refused the whole batch"), result.failure().message());
        assertTrue(result.failure().scriptLocation().startsWith("Export.ps1:"), result.failure().scriptLocation());

        ExportResult next = exportAndWait(connector, batch(connector, item("Id", "after-crash", ObjectModificationType.Add)));
        assertNull(next.failure());
    }

    @Test
    void aTransientFailureIsRetriedAndOneThatLastsIsReportedTransient() throws Exception {
        String connector = serveProbe();
        ExportResult recovered = exportAndWait(connector, batch(connector, item("Id", "down-once", ObjectModificationType.Add)));
        assertNull(recovered.failure());
        assertTrue(log(connector).contains("Add down-once"));
        // the failed call discarded its session: Begin Export ran again for the retry
        assertEquals(2, log(connector).stream().filter("begin"::equals).count());

        ExportResult down = exportAndWait(connector, batch(connector, item("Id", "down", ObjectModificationType.Add)));
        assertNotNull(down.failure());
        assertEquals(FailureKind.TRANSIENT, down.failure().kind());
        assertTrue(down.failure().message().contains("the probe target is down"), down.failure().message());
    }

    @Test
    void aHungScriptFailsWithTimeoutAndTheWorkerServesTheNextBatch() throws Exception {
        String connector = serveProbe();
        ExportResult hung = exportAndWait(connector, batch(connector, item("Id", "hang", ObjectModificationType.Add)));
        assertNotNull(hung.failure());
        assertEquals(FailureKind.TIMEOUT, hung.failure().kind());
        assertTrue(hung.failure().message().contains("did not finish within"), hung.failure().message());

        ExportResult next = exportAndWait(connector, batch(connector, item("Id", "after-hang", ObjectModificationType.Add)));
        assertNull(next.failure());
        assertTrue(log(connector).contains("Add after-hang"));
    }

    @Test
    void anImportRunPagesUntilDoneAndCarriesTheWatermark() throws Exception {
        String connector = serveProbe();
        UUID full = UUID.randomUUID();
        kafka.send(Topics.imports(connector), Topics.resultKey(full), new ImportRequest(Message.CURRENT_VERSION,
                UUID.randomUUID(), full, connector, ImportType.Full, null, 2, Instant.now()));
        List<ImportPage> pages = kafka.awaitAll(ImportPage.class, p -> p.runId().equals(full), 3, WAIT);

        assertEquals(List.of(1, 2, 3), pages.stream().map(ImportPage::pageNumber).toList());
        assertEquals(List.of(2, 2, 1), pages.stream().map(p -> p.entries().size()).toList());
        assertEquals(List.of(true, true, false), pages.stream().map(ImportPage::moreToImport).toList());
        assertEquals(List.of("offset=2", "offset=4", "seen=5;from="), pages.stream().map(ImportPage::customData).toList());
        CSEntryChange first = pages.get(0).entries().get(0);
        assertEquals(ObjectModificationType.Add, first.objectModificationType());
        assertEquals("u0", first.anchor("Id").orElseThrow().value());
        assertEquals(List.of("user 0"), first.attribute("name").orElseThrow().addedValues());
        pages.forEach(p -> assertNull(p.failure()));
        assertEquals(List.of(0, 0, 1), pages.stream().map(p -> p.entryErrors().size()).toList());
        ImportEntryError flagged = pages.get(2).entryErrors().get(0);
        assertEquals("CN=u9,OU=probe", flagged.dn());
        assertEquals("User", flagged.objectType());
        assertEquals("u9", flagged.anchor());
        assertEquals("ImportErrorInvalidAttributeValue", flagged.errorCode());
        assertEquals("UnreadableRow", flagged.errorName());
        assertEquals("row u9 has a name the target cannot decode", flagged.errorDetail());
        assertNotNull(flagged.identifier());

        UUID delta = UUID.randomUUID();
        kafka.send(Topics.imports(connector), Topics.resultKey(delta), new ImportRequest(Message.CURRENT_VERSION,
                UUID.randomUUID(), delta, connector, ImportType.Delta, "seen=5;from=", 2, Instant.now()));
        ImportPage deltaPage = kafka.await(ImportPage.class, p -> p.runId().equals(delta), WAIT);
        assertEquals(1, deltaPage.pageNumber());
        assertFalse(deltaPage.moreToImport());
        assertEquals(ObjectModificationType.Replace, deltaPage.entries().get(0).objectModificationType());
        assertEquals("seen=1;from=seen=5;from=", deltaPage.customData());
        assertEquals(List.of(), deltaPage.entryErrors());
    }

    @Test
    void aSchemaRequestIsAnsweredWithTheSchemaScriptsSchema() throws Exception {
        String connector = serveProbe();
        SchemaResult result = kafka.requestSchema(connector, WAIT);

        assertNull(result.failure());
        var user = result.schema().type("User").orElseThrow();
        assertTrue(user.attribute("Id").isPresent());
        assertTrue(user.attribute("name").isPresent());
    }

    @Test
    void theOffsetIsCommittedAfterTheResultAndABatchHandedBackUncommittedRunsAgain() throws Exception {
        String connector = serveProbe();
        String group = "openecma-script-worker-" + connector;

        ExportBatch quick = batch(connector, item("Id", "quick", ObjectModificationType.Add));
        RecordMetadata quickAt = kafka.send(Topics.exports(connector), "quick", quick);
        kafka.await(ExportResult.class, r -> r.batchId().equals(quick.batchId()), WAIT);
        TopicPartition quickPartition = new TopicPartition(quickAt.topic(), quickAt.partition());
        awaitCommitted(group, quickPartition, quickAt.offset() + 1);

        // The connector goes away while an 8 s batch runs (shutdown grace 2 s, script cap 10 s in tests): it is handed back.
        ExportBatch slow = batch(connector, item("Id", "slow-sam", ObjectModificationType.Add));
        LogCapture logs = LogCapture.install();
        RecordMetadata slowAt;
        try {
            slowAt = kafka.send(Topics.exports(connector), "slow-sam", slow);
            awaitLogLine(logs, "Export.ps1 verbose] exporting slow-sam");
            kafka.remove(connector);
            awaitLogLine(logs, "handed back uncommitted");
        } finally {
            logs.uninstall();
        }
        TopicPartition slowPartition = new TopicPartition(slowAt.topic(), slowAt.partition());
        assertTrue(kafka.committed(group, slowPartition).orElse(0L) <= slowAt.offset(), "handed-back batch was committed");
        assertTrue(kafka.resultsOf(ExportResult.class, r -> r.batchId().equals(slow.batchId())).isEmpty(),
                "a handed-back batch publishes no result");

        // The connector comes back (as another worker would take over): the batch runs again, once.
        kafka.serve(ContractSide.definition(Path.of("src/test/resources/connectors/probe"), connector), 2);
        ExportResult rerun = kafka.await(ExportResult.class, r -> r.batchId().equals(slow.batchId()), WAIT);
        assertNull(rerun.failure());
        awaitCommitted(group, slowPartition, slowAt.offset() + 1);
        assertEquals(1, kafka.resultsOf(ExportResult.class, r -> r.batchId().equals(slow.batchId())).size());
    }

    @Test
    void anUnreadableBatchIsSetAsideAsADeadLetterAndTheNextOneRuns() throws Exception {
        String connector = serveProbe();
        kafka.sendRaw(Topics.exports(connector), "garbage", "{not an export batch".getBytes(StandardCharsets.UTF_8));
        ExportResult next = exportAndWait(connector, batch(connector, item("Id", "garbage", ObjectModificationType.Add)));
        assertNull(next.failure());

        DeadLetter letter = kafka.poll(Duration.ofMillis(100)).stream()
                .filter(r -> r.topic().equals(Topics.DEAD_LETTERS))
                .map(r -> Json.read(r.value(), DeadLetter.class))
                .filter(d -> d.originalTopic().equals(Topics.exports(connector)))
                .findFirst().orElseThrow();
        assertTrue(letter.reason().startsWith("unreadable export batch"), letter.reason());
        assertEquals("{not an export batch", letter.payload());
    }

    @Test
    void scriptStreamsReachTheLogAtTheirLevelWithConnectorAnchorAndCorrelation() throws Exception {
        String connector = serveProbe();
        LogCapture logs = LogCapture.install();
        try {
            ExportBatch batch = batch(connector, item("Id", "warn-wendy", ObjectModificationType.Add));
            assertNull(exportAndWait(connector, batch).failure());
            String mdc = "correlationId=" + batch.batchId();
            assertTrue(logs.lines().stream().anyMatch(l -> l.startsWith("DEBUG io.openecma.worker.script ")
                    && l.contains("Export.ps1 verbose] exporting warn-wendy") && l.contains(mdc)
                    && l.contains("connector=" + connector) && l.contains("anchor=warn-wendy")), String.join("\n", logs.lines()));
            assertTrue(logs.lines().stream().anyMatch(l -> l.startsWith("WARN io.openecma.worker.script ")
                    && l.contains("Export.ps1 warning] the probe warns about warn-wendy") && l.contains(mdc)));
        } finally {
            logs.uninstall();
        }
    }

    @Test
    void aPwshConnectorOnAWorkerWithoutPwshGetsAClearErrorForEveryBatch() throws Exception {
        // the worker takes the runtime the definition asks for; this one points at no executable
        System.setProperty("openecma.pwsh", "/nonexistent/pwsh");
        try {
            pwshConnectorFailsClearly();
        } finally {
            System.clearProperty("openecma.pwsh");
        }
    }

    private void pwshConnectorFailsClearly() throws Exception {
        String connector = "pwsh-" + UUID.randomUUID().toString().substring(0, 8);
        kafka.serve(ContractSide.definition(Path.of("src/test/resources/connectors/probe"), connector,
                io.openecma.schemas.definition.ScriptRuntime.PWSH), 1);
        try {
            ExportResult result = exportAndWait(connector, batch(connector, item("Id", "anyone", ObjectModificationType.Add)));
            assertEquals(FailureKind.PERMANENT, result.failure().kind());
            assertTrue(result.failure().message().contains("Cannot start the pwsh runtime's host process with /nonexistent/pwsh"),
                    result.failure().message());
        } finally {
            kafka.remove(connector); // the topic is shared: later test apps must not start with this connector
        }
    }

    @Test
    void healthAndMetricsAreServed() throws Exception {
        String connector = serveProbe();
        exportAndWait(connector, batch(connector, item("Id", "metered", ObjectModificationType.Add)));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("openecma_worker_work_total{connector=\"" + connector + "\",kind=\"export\",outcome=\"success\"}"))
                .body(containsString("openecma_worker_script_duration_seconds_bucket{connector=\"" + connector + "\",script=\"Export\""));
    }

    private void awaitLog(String connector, List<String> expected) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!log(connector).equals(expected)) {
            if (System.nanoTime() > deadline) {
                assertEquals(expected, log(connector));
            }
            Thread.sleep(200);
        }
    }

    private static void awaitLogLine(LogCapture logs, String text) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (logs.lines().stream().noneMatch(l -> l.contains(text))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no log line with '" + text + "' within " + WAIT + ":\n" + String.join("\n", logs.lines()));
            }
            Thread.sleep(100);
        }
    }

    private void awaitCommitted(String group, TopicPartition partition, long offset) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (kafka.committed(group, partition).orElse(-1L) < offset) {
            if (System.nanoTime() > deadline) {
                assertEquals(offset, kafka.committed(group, partition).orElse(-1L), "committed offset");
            }
            Thread.sleep(200);
        }
    }

    private static CSEntryChangeResult resultFor(ExportResult result, CSEntryChange change) {
        return result.results().stream().filter(r -> r.identifier().equals(change.identifier())).findFirst().orElseThrow();
    }
}
