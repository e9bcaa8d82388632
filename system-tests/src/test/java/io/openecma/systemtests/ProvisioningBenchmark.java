package io.openecma.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.openecma.testsupport.FreePorts;
import io.openecma.testsupport.local.LocalStack;
import io.openecma.testsupport.local.LocalStackOptions;
import io.openecma.testsupport.local.ServiceSpec;

/**
 * End-to-end provisioning throughput: SCIM POSTs answered after the Export script ran, from 50
 * concurrent clients, with 1, 2 and 4 script-worker processes. Reports figures; asserts nothing
 * about time. Not part of the normal run:
 * {@code mvn -B -pl system-tests test -Dtest=ProvisioningBenchmark -Dsystem.excluded.groups=none}
 * (after a package of the services).
 */
@Tag("benchmark")
class ProvisioningBenchmark {

    private static final String EXT = "urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User";
    private static final int CLIENTS = 50;
    private static final int REQUESTS = Integer.getInteger("benchmark.requests", 300);

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void provisioningOperationsPerSecond() throws Exception {
        List<String> report = new ArrayList<>();
        // The CSV sample keeps one file and rewrites it per batch: one writer only (see its README).
        report.add(run("csv", 1, 0));
        for (int workers : new int[] {1, 2, 4}) {
            report.add(run("rest", workers, 20));
        }
        System.out.println("=== provisioning benchmark (" + REQUESTS + " POSTs, " + CLIENTS + " clients) ===");
        report.forEach(System.out::println);
        Files.write(Path.of("target", "provisioning-benchmark.txt"), report);
    }

    private String run(String connector, int workers, int targetLatencyMillis) throws Exception {
        Path root = Path.of(System.getProperty("openecma.project.root", "..")).toAbsolutePath().normalize();
        Path runDir = Files.createTempDirectory(work, connector + "-" + workers);
        Path connectors = runDir.resolve("connectors");
        TestFolders.copy(root.resolve("examples/connectors").resolve(connector), connectors.resolve(connector));
        int hrPort = FreePorts.pick();
        List<ServiceSpec> services = new ArrayList<>();
        if (connector.equals("rest")) {
            Path definition = connectors.resolve("rest/connector.yaml");
            Files.writeString(definition, Files.readString(definition)
                    .replace("http://127.0.0.1:8090", "http://127.0.0.1:" + hrPort));
            ServiceSpec hr = ServiceSpec.legacyHr(root, hrPort);
            services.add(new ServiceSpec(hr.name(), hr.command(), hr.artifact(), hr.port(),
                    Map.of("LEGACY_HR_LATENCY_MS", String.valueOf(targetLatencyMillis)), hr.readyPath()));
        }
        services.add(ServiceSpec.quarkus(root, "sync-core", 0, Map.of()));
        services.add(ServiceSpec.quarkus(root, "scim-ingress", 0, Map.of("OPENECMA_HTTP_ENABLED", "true")));
        ServiceSpec worker = ServiceSpec.quarkus(root, "script-worker", 0, Map.of());
        for (int i = 1; i <= workers; i++) {
            services.add(new ServiceSpec("script-worker-" + i, worker.command(), worker.artifact(), 0, worker.env(),
                    worker.readyPath()));
        }
        LocalStackOptions options = LocalStackOptions.defaults(root).withDataDir(runDir.resolve("data"))
                .withConnectorsDir(connectors).withPorts(0, 0).withServices(services)
                .withReadyTimeout(Duration.ofSeconds(180)).withOutput(line -> { });
        try (LocalStack stack = LocalStack.start(options)) {
            String base = "http://localhost:" + stack.servicePorts().get("scim-ingress") + "/ecma2host_" + connector + "/scim";
            token = stack.tokenOf(connector);
            awaitFirstImport(base);
            long[] latencies = new long[REQUESTS];
            AtomicInteger failures = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            long began = System.nanoTime();
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                int n = i;
                calls.add(clients.submit(() -> {
                    long start = System.nanoTime();
                    int status = post(base, connector, 700000 + n);
                    latencies[n] = System.nanoTime() - start;
                    if (status != 201) {
                        failures.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            clients.shutdown();
            Arrays.sort(latencies);
            return String.format("%-4s workers=%d target-latency=%dms: %.1f ops/s, p50 %d ms, p99 %d ms, non-201: %d",
                    connector, workers, targetLatencyMillis, REQUESTS / seconds,
                    latencies[REQUESTS / 2] / 1_000_000, latencies[(int) (REQUESTS * 0.99)] / 1_000_000, failures.get());
        }
    }

    /** The SCIM token of the connector being measured. */
    private String token;

    private void awaitFirstImport(String base) throws Exception {
        for (int i = 0; i < 240; i++) {
            HttpResponse<String> probe = http.send(HttpRequest.newBuilder(URI.create(base + "/Users?filter="
                            + java.net.URLEncoder.encode("userName eq \"nobody\"", "UTF-8")))
                    .header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (probe.statusCode() == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the connector never finished its first import");
    }

    private int post(String base, String connector, int id) throws Exception {
        String anchor = connector.equals("csv") ? "EmployeeId" : "employeeId";
        String body = """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],"userName":"b%d@example.com",
                 "active":true,"%s":{"%s":"%d","userName":"b%d@example.com","firstName":"Bench"}}
                """.formatted(EXT, id, EXT, anchor, id, id);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/Users"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/scim+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}
