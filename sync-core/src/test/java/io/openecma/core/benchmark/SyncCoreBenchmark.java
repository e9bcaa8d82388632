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
 * {@code -Dtest=SyncCoreBenchmark -DargLine=-Dopenecma.bench.objects=100000}): a full import of N
 * objects in pages of 5,000 into an empty connector space, again into a space holding just them,
 * and again into a space holding them and {@code openecma.bench.others} (default 9 N, so 10 N in
 * all) other objects of the same connector that the import does not return, seeded with one SQL
 * {@code generate_series} insert: the end of that full import finds them not seen and deletes them
 * (the deletion threshold is raised to 95% for the benchmark, {@link BenchConnector}), and once
 * more into the space of N (a bracket against warm-up and load). Then SCIM
 * changes applied per second. Times are measured from the first message published to the last
 * effect committed, over the real broker and database; each figure is printed with the load average.
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
        int others = Integer.getInteger("openecma.bench.others", 9 * objects);
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

            double fullSeconds = runImport(producer, adminImport(), objects);
            report("full import of %d objects (pages of %d) into a connector space holding %d objects (the same): "
                    + "%.1f s (%.0f objects/s)", objects, PAGE, count(), fullSeconds, objects / fullSeconds);

            double seedSeconds = seed(others);
            report("seeded %d other objects of connector bench with one INSERT ... generate_series (+ ANALYZE): %.1f s; "
                    + "the space now holds %d objects, e.g. %s", others, seedSeconds, count(),
                    sample("s1"));
            UUID largeRun = adminImport();
            double largeSeconds = runImport(producer, largeRun, objects);
            report("full import of %d objects (pages of %d) into a connector space holding %d objects (%d of them "
                    + "not returned, found not seen and deleted by the run: %s deleted): %.1f s (%.0f objects/s); "
                    + "%.2f times the import into %d before it", objects, PAGE, objects + others, others,
                    single("SELECT deleted FROM import_run WHERE run_id = '" + largeRun + "'"), largeSeconds,
                    objects / largeSeconds, largeSeconds / fullSeconds, objects);
            report("of that, the end of the run (counting the objects not seen and deleting them, after the last page's "
                    + "entries) took %d ms; the space holds %d objects again", single("SELECT (extract(epoch FROM "
                    + "finished_at - last_page_at) * 1000)::bigint FROM import_run WHERE run_id = '" + largeRun + "'"), count());
            // the same import into the space of N again: brackets the large one against warm-up and the machine's load
            double againSeconds = runImport(producer, adminImport(), objects);
            report("full import of %d objects (pages of %d) into a connector space holding %d objects (the same), "
                    + "again: %.1f s (%.0f objects/s); the import into %d took %.2f times the mean of the two into %d",
                    objects, PAGE, count(), againSeconds, objects / againSeconds, objects + others,
                    largeSeconds / ((fullSeconds + againSeconds) / 2), objects);

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

    private static UUID adminImport() {
        return UUID.fromString(given().header("Authorization", ADMIN).post("/admin/connectors/bench/imports?type=full")
                .then().statusCode(202).extract().path("runId"));
    }

    /**
     * Objects s1..sN of the bench connector as a full import would have left them (confirmed, in
     * the target, the same attributes as the imported ones, an earlier run's mark): candidates for
     * removal by the next full import that does not return them.
     */
    private double seed(int others) {
        long start = System.nanoTime();
        QuarkusTransaction.requiringNew().timeout(1800).run(() -> em.createNativeQuery("INSERT INTO cs_object (connector, object_type, "
                        + "anchor, scim_id, dn, attributes, state, active, provisioned, in_target, version, last_import_run) "
                        + "SELECT 'bench', 'User', 's' || n, 's' || n, 'CN=s' || n || ',OBJECT=USER', "
                        + "jsonb_build_object('EmployeeId', 's' || n, 'userName', 'seeded' || n, 'title', 'Staff', "
                        + "'email', 'seeded' || n || '@example.org'), 'confirmed', true, true, true, 1, "
                        + "(SELECT run_id FROM import_run WHERE connector = 'bench' ORDER BY started_at LIMIT 1) "
                        + "FROM generate_series(1, ?1) AS n")
                .setParameter(1, others).executeUpdate());
        QuarkusTransaction.requiringNew().timeout(1800).run(() -> em.createNativeQuery("ANALYZE cs_object").executeUpdate());
        return (System.nanoTime() - start) / 1e9;
    }

    private long count() {
        return single("SELECT count(*) FROM cs_object WHERE connector = 'bench'");
    }

    private String sample(String anchor) {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(em.createNativeQuery(
                "SELECT anchor || ' ' || state || ' in_target=' || in_target || ' ' || attributes::text FROM cs_object "
                        + "WHERE connector = 'bench' AND anchor IN ('b1', ?1) ORDER BY anchor").setParameter(1, anchor)
                .getResultList()));
    }

    private long single(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
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

    private static void report(String format, Object... args) throws java.io.IOException {
        String load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        System.out.println("BENCHMARK " + String.format(format, args) + " [load average " + load + "]");
    }
}
