package io.openecma.worker;

import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.ImportType;
import io.openecma.schemas.ecma.MAExportError;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.events.ExportResult;
import io.openecma.schemas.events.ImportPage;
import io.openecma.schemas.events.ImportRequest;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.SchemaResult;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample CSV connector's real scripts run by the worker, over real Kafka, against a copy of its data file. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class CsvSampleTest {

    private static final Path SAMPLE = Path.of("../examples/connectors/csv");
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

    /** A fresh copy of the sample under a new name, its MAData folder holding the four sample users. */
    private String serveCsv() throws IOException {
        String name = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        Path maData = dataDir.resolve(name).resolve("MAData");
        Files.createDirectories(maData);
        Files.copy(SAMPLE.resolve("data/users.csv"), maData.resolve("users.csv"));
        ConnectorDefinition definition = ContractSide.definition(SAMPLE, name);
        kafka.serve(definition, 1);
        return name;
    }

    private String csv(String connector) throws IOException {
        return Files.readString(dataDir.resolve(connector).resolve("MAData").resolve("users.csv"), StandardCharsets.UTF_8);
    }

    @Test
    void schemaRequestReturnsTheUserType() throws Exception {
        String connector = serveCsv();
        SchemaResult result = kafka.requestSchema(connector, WAIT);

        assertNull(result.failure());
        var user = result.schema().type("User").orElseThrow();
        assertTrue(user.attribute("EmployeeId").isPresent());
        assertTrue(user.attribute("isActive").isPresent());
    }

    @Test
    void addReplaceAndDeleteReachTheCsvFileAndAnErrorComesBackPerEntry() throws Exception {
        String connector = serveCsv();
        ExportBatch batch = batch(connector,
                item("EmployeeId", "1005", ObjectModificationType.Add,
                        AttributeChange.add("EmployeeId", "1005"), AttributeChange.add("userName", "barbara.liskov"),
                        AttributeChange.add("firstName", "Barbara"), AttributeChange.add("lastName", "Liskov")),
                item("EmployeeId", "1002", ObjectModificationType.Replace,
                        AttributeChange.replace("userName", "alan.turing"), AttributeChange.replace("title", "Fellow")),
                item("EmployeeId", "1004", ObjectModificationType.Delete),
                item("EmployeeId", "1001", ObjectModificationType.Add, AttributeChange.add("EmployeeId", "1001"),
                        AttributeChange.add("userName", "ada.again")));
        kafka.send(Topics.exports(connector), "1005", batch);
        ExportResult result = kafka.await(ExportResult.class, r -> r.batchId().equals(batch.batchId()), WAIT);

        assertNull(result.failure());
        List<CSEntryChange> changes = batch.items().stream().map(i -> i.change()).toList();
        for (int i = 0; i < 3; i++) {
            UUID id = changes.get(i).identifier();
            assertEquals(MAExportError.Success, result.results().stream().filter(r -> r.identifier().equals(id))
                    .findFirst().orElseThrow().errorCode());
        }
        var duplicate = result.results().stream().filter(r -> r.identifier().equals(changes.get(3).identifier()))
                .findFirst().orElseThrow();
        assertEquals(MAExportError.ExportErrorCustomContinueRun, duplicate.errorCode());
        assertEquals("A user with EmployeeId '1001' already exists.", duplicate.errorDetail());

        String csv = csv(connector);
        assertTrue(csv.contains("\"1005\",\"barbara.liskov\",\"Barbara\",\"Liskov\""), csv);
        assertTrue(csv.contains("\"1002\",\"alan.turing\",\"\",\"\",\"\",\"\",\"Fellow\""), csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("\"1004\"") && l.contains("\"True\",\"20")), csv);
        assertFalse(csv.contains("ada.again"), csv);
    }

    @Test
    void fullThenDeltaImportPageThroughTheFileWithTheWatermark() throws Exception {
        String connector = serveCsv();
        UUID full = UUID.randomUUID();
        kafka.send(Topics.imports(connector), Topics.resultKey(full), new ImportRequest(Message.CURRENT_VERSION,
                UUID.randomUUID(), full, connector, ImportType.Full, null, 3, Instant.now()));
        List<ImportPage> pages = kafka.awaitAll(ImportPage.class, p -> p.runId().equals(full), 2, WAIT);
        assertEquals(List.of(3, 1), pages.stream().map(p -> p.entries().size()).toList());
        assertEquals(List.of(true, false), pages.stream().map(ImportPage::moreToImport).toList());
        String watermark = pages.get(1).customData();
        assertEquals("since=2026-01-05T09:00:03.0000000Z", watermark);

        ExportBatch change = batch(connector, item("EmployeeId", "1003", ObjectModificationType.Replace,
                AttributeChange.replace("userName", "grace.hopper"), AttributeChange.replace("title", "Commodore")));
        kafka.send(Topics.exports(connector), "1003", change);
        assertNull(kafka.await(ExportResult.class, r -> r.batchId().equals(change.batchId()), WAIT).failure());

        UUID delta = UUID.randomUUID();
        kafka.send(Topics.imports(connector), Topics.resultKey(delta), new ImportRequest(Message.CURRENT_VERSION,
                UUID.randomUUID(), delta, connector, ImportType.Delta, watermark, 3, Instant.now()));
        ImportPage deltaPage = kafka.await(ImportPage.class, p -> p.runId().equals(delta), WAIT);
        assertNull(deltaPage.failure());
        assertEquals(1, deltaPage.entries().size());
        assertEquals("1003", deltaPage.entries().get(0).anchor("EmployeeId").orElseThrow().value());
        assertEquals(ObjectModificationType.Replace, deltaPage.entries().get(0).objectModificationType());
        assertFalse(deltaPage.moreToImport());
        assertTrue(deltaPage.customData().startsWith("since=") && !deltaPage.customData().equals(watermark));
    }
}
