package io.openecma.core.benchmark;

import io.openecma.core.testing.Events;
import io.openecma.core.testing.WorkerSide;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.ImportType;
import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.ImportPage;
import io.openecma.schemas.events.ImportRequest;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.events.SchemaRequest;
import io.openecma.schemas.events.SchemaResult;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.PostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;

/**
 * Figures, not assertions (not run by the default build; run with
 * {@code -Dtest=SyncCoreBenchmark -Dopenecma.bench.objects=100000}): a full import of N objects in
 * pages of 5,000 into an empty connector space and again into a space holding them, and SCIM
 * changes applied per second. Times are measured from the first message published to the last
 * effect committed, over the real broker and database.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(BenchConnector.class)
class SyncCoreBenchmark {

    private static final String ADMIN = "Bearer test-admin-token";
    private static final int PAGE = 5000;

    @Inject
    EntityManager em;

    @Test
    void figures() throws Exception {
        int objects = Integer.getInteger("openecma.bench.objects", 100_000);
        int changes = Integer.getInteger("openecma.bench.changes", 5_000);
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (WorkerSide worker = new WorkerSide();
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024, ProducerConfig.LINGER_MS_CONFIG, 5,
                     ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                     ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            SchemaRequest schema = worker.await(Topics.imports(BenchConnector.BENCH), SchemaRequest.class, r -> true);
            worker.publish(Topics.RESULTS, Topics.resultKey(schema.requestId()), new SchemaResult(Message.CURRENT_VERSION,
                    UUID.randomUUID(), schema.requestId(), BenchConnector.BENCH, Events.HR_SCHEMA, null));
            ImportRequest first = worker.await(Topics.imports(BenchConnector.BENCH), ImportRequest.class,
                    r -> r.importType() == ImportType.Full);
            double emptySeconds = runImport(producer, first.runId(), objects);
            report("full import of %d objects (pages of %d) into an empty connector space: %.1f s (%.0f objects/s)",
                    objects, PAGE, emptySeconds, objects / emptySeconds);

            String runId = given().header("Authorization", ADMIN).post("/admin/connectors/bench/imports?type=full")
                    .then().statusCode(202).extract().path("runId");
            double fullSeconds = runImport(producer, UUID.fromString(runId), objects);
            report("full import of %d objects (pages of %d) into a connector space holding them: %.1f s (%.0f objects/s)",
                    objects, PAGE, fullSeconds, objects / fullSeconds);

            long start = System.nanoTime();
            for (int n = 1; n <= changes; n++) {
                ScimChangeEvent change = new ScimChangeEvent(Message.CURRENT_VERSION, UUID.randomUUID(), UUID.randomUUID(),
                        BenchConnector.BENCH, "User", "b" + n, "b" + n, ChangeOperation.MODIFY,
                        List.of(AttributeDelta.replace("title", "Title " + n)), null, UUID.randomUUID().toString(), false,
                        Instant.now(), null);
                producer.send(new ProducerRecord<>(Topics.SCIM_CHANGES, Topics.changeKey(BenchConnector.BENCH, "b" + n),
                        Json.write(change)));
            }
            producer.flush();
            awaitCount("SELECT count(*) FROM scim_request WHERE connector = 'bench'", changes);
            double changeSeconds = (System.nanoTime() - start) / 1e9;
            report("%d SCIM changes applied (each its own transaction, ledger entry and waiter): %.1f s (%.0f changes/s)",
                    changes, changeSeconds, changes / changeSeconds);
        }
    }

    private double runImport(KafkaProducer<String, String> producer, UUID runId, int objects) throws Exception {
        long start = System.nanoTime();
        int pages = (objects + PAGE - 1) / PAGE;
        for (int p = 1; p <= pages; p++) {
            int from = (p - 1) * PAGE + 1;
            int to = Math.min(p * PAGE, objects);
            List<CSEntryChange> entries = IntStream.rangeClosed(from, to).mapToObj(n -> Events.imported("b" + n,
                    Map.of("userName", "user" + n, "title", "Staff", "email", "user" + n + "@example.org"))).toList();
            producer.send(new ProducerRecord<>(Topics.RESULTS, runId.toString(), Json.write(new ImportPage(
                    Message.CURRENT_VERSION, UUID.randomUUID(), runId, BenchConnector.BENCH, p, entries, p < pages,
                    "wm-" + p, null)))).get();
        }
        awaitCount("SELECT count(*) FROM import_run WHERE run_id = '" + runId + "' AND status <> 'running'", 1);
        return (System.nanoTime() - start) / 1e9;
    }

    private void awaitCount(String sql, long expected) throws InterruptedException {
        while (QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).getSingleResult()).longValue()) < expected) {
            Thread.sleep(100);
        }
    }

    private static void report(String format, Object... args) {
        System.out.println("BENCHMARK " + String.format(format, args));
    }
}
