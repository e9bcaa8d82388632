package io.openecma.ingress.benchmark;

import io.openecma.ingress.it.IngressInfrastructure;
import io.openecma.ingress.it.SyncCoreCounterpart;
import io.openecma.ingress.it.TestConnectors;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Load figures (not a test of correctness; no timing assertions): Entra-style filtered GETs with
 * 100k users in the connector space, and POSTs answered by the test's stand-in for sync-core
 * ({@link SyncCoreCounterpart}, one thread, one JDBC connection per change), against real Kafka
 * and PostgreSQL. Run: {@code mvn -pl scim-ingress test -Dtest=IngressLoadBenchmark
 * -Dingress.excluded.groups=none}. Figures go to stdout and target/benchmark.txt.
 */
@QuarkusTest
@WithTestResource(IngressInfrastructure.class)
@Tag("benchmark")
class IngressLoadBenchmark {

    private static final int OBJECTS = 100_000;
    private static final int CLIENTS = 8;

    @TestHTTPResource("/ecma2host_HR/scim")
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger failures = new AtomicInteger();

    @Test
    void filteredGetsAt100kObjectsAndPosts() throws Exception {
        List<String> report = new ArrayList<>();
        try (SyncCoreCounterpart core = new SyncCoreCounterpart()) {
            long seedStart = System.nanoTime();
            core.execute("DELETE FROM cs_object WHERE connector = 'HR' AND anchor LIKE 'bench%'");
            core.execute("INSERT INTO cs_object (connector, object_type, anchor, scim_id, attributes, state, provisioned)"
                    + " SELECT 'HR', 'User', 'bench' || i, 'bench' || i, jsonb_build_object('login', 'bench' || i,"
                    + " 'firstName', 'F' || i, 'lastName', 'L' || i, 'email', 'bench' || i || '@example.com',"
                    + " 'employeeId', i), 'confirmed', true FROM generate_series(1, " + OBJECTS + ") AS i");
            // the per-attribute indexes sync-core creates once it knows the schema (V1__connector_space.sql)
            core.execute("CREATE INDEX IF NOT EXISTS cs_hr_user_login ON cs_object (lower(attributes ->> 'login'))"
                    + " WHERE connector = 'HR' AND object_type = 'User'");
            core.execute("CREATE INDEX IF NOT EXISTS cs_hr_user_email ON cs_object (lower(attributes ->> 'email'))"
                    + " WHERE connector = 'HR' AND object_type = 'User'");
            core.execute("ANALYZE cs_object");
            report.add(String.format("seeded %d users in %.1f s", OBJECTS, (System.nanoTime() - seedStart) / 1e9));

            String probe = get("PLACEHOLDER eq \"x\"");
            assertEquals(200, status(probe));
            report.add(run("GET userName eq (100k objects)", 8, 20, i -> get("userName eq \"bench"
                    + (1 + ThreadLocalRandom.current().nextInt(OBJECTS)) + "\"")));
            report.add(run("GET emails[type eq \"work\"].value eq (100k objects)", 2, 15,
                    i -> get("emails[type eq \"work\"].value eq \"bench"
                            + (1 + ThreadLocalRandom.current().nextInt(OBJECTS)) + "@example.com\"")));
            report.add(run("GET PLACEHOLDER probe", 2, 10, i -> get("PLACEHOLDER eq \"0c1e8f2a\"")));

            AtomicBoolean answering = new AtomicBoolean(true);
            Thread responder = new Thread(() -> {
                while (answering.get()) {
                    try {
                        core.confirm(core.await(e -> e.anchor().startsWith("post")).event());
                    } catch (AssertionError idle) {
                        // no change within the wait: keep answering until told to stop
                    }
                }
            }, "sync-core-stand-in");
            responder.start();
            AtomicInteger sequence = new AtomicInteger();
            report.add(run("POST /Users (answered by the test's sync-core stand-in)", 3, 20,
                    i -> post("post" + sequence.incrementAndGet() + "-" + System.nanoTime())));
            answering.set(false);
            responder.join(30_000);
            core.execute("DELETE FROM cs_object WHERE connector = 'HR' AND (anchor LIKE 'bench%' OR anchor LIKE 'post%')");
        }
        report.forEach(System.out::println);
        Files.write(Path.of("target", "benchmark.txt"), report);
    }

    /** Runs {@link #CLIENTS} concurrent clients: warm-up, then a measured period; returns the figures line. */
    private String run(String name, int warmupSeconds, int seconds, IntFunction<String> request) throws Exception {
        loop(warmupSeconds, request, null);
        failures.set(0);
        List<long[]> perClient = loop(seconds, request, new ArrayList<>());
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return String.format("%-58s %7d ok  %7.1f req/s  p50 %6.2f ms  p99 %6.2f ms  %d not 2xx  (%d clients, %d s)",
                name, all.length, all.length / (double) seconds, all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.99)] / 1e6, failures.get(), CLIENTS, seconds);
    }

    /** Runs the clients for {@code seconds}; returns each client's latencies (ns). */
    private List<long[]> loop(int seconds, IntFunction<String> request, List<long[]> results) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[][] perClient = new long[CLIENTS][];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    String outcome = request.apply(n);
                    long took = System.nanoTime() - start;
                    if (status(outcome) >= 300) {
                        failures.incrementAndGet();
                        continue;
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = took;
                }
                perClient[client] = Arrays.copyOf(latencies, n);
            }, "load-client-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<long[]> collected = Arrays.stream(perClient).filter(java.util.Objects::nonNull).toList();
        if (results != null) {
            results.addAll(collected);
        }
        return collected;
    }

    private String get(String filter) {
        return send(HttpRequest.newBuilder(URI.create(base + "/Users?filter="
                + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20")))
                .header("Authorization", "Bearer " + TestConnectors.HR_TOKEN).GET().build());
    }

    private String post(String login) {
        String body = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + login
                + "\",\"active\":true,\"name\":{\"givenName\":\"G\",\"familyName\":\"F\"},"
                + "\"emails\":[{\"type\":\"work\",\"value\":\"" + login + "@example.com\"}]}";
        return send(HttpRequest.newBuilder(URI.create(base + "/Users"))
                .header("Authorization", "Bearer " + TestConnectors.HR_TOKEN)
                .header("Content-Type", "application/scim+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int status(String outcome) {
        return Integer.parseInt(outcome.substring(0, 3));
    }
}
