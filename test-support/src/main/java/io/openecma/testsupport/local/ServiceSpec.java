package io.openecma.testsupport.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One service the local stack runs as its own OS process.
 *
 * @param name     short name, used as the log prefix
 * @param command  the command line; {@code artifact} must exist before it is run
 * @param artifact the file the command needs (the service's jar), or {@code null}
 * @param port     its HTTP port ({@code 0}: a free one), passed as {@code QUARKUS_HTTP_PORT}
 * @param env      environment variables of this service only, on top of the stack's own
 * @param readyPath the HTTP path that answers 200 once the service is ready
 */
public record ServiceSpec(String name, List<String> command, Path artifact, int port, Map<String, String> env,
                          String readyPath) {

    /** Readiness endpoint of every Quarkus service (SmallRye Health). */
    public static final String HEALTH_PATH = "/q/health/ready";
    /** In a command argument, replaced by the service's port when it starts. */
    public static final String PORT_PLACEHOLDER = "{port}";

    public ServiceSpec {
        Objects.requireNonNull(name, "name");
        command = List.copyOf(command);
        env = Map.copyOf(env);
        Objects.requireNonNull(readyPath, "readyPath");
    }

    /** A service that reports readiness at {@link #HEALTH_PATH}. */
    public ServiceSpec(String name, List<String> command, Path artifact, int port, Map<String, String> env) {
        this(name, command, artifact, port, env, HEALTH_PATH);
    }

    /** A packaged Quarkus service: {@code java -jar <module>/target/quarkus-app/quarkus-run.jar}. */
    public static ServiceSpec quarkus(Path projectRoot, String module, int port, Map<String, String> env) {
        Path jar = projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(javaOptions().trim().split("\\s+")));
        command.add("-jar");
        command.add(jar.toString());
        return new ServiceSpec(module, command, jar, port, env);
    }

    /**
     * The services' JVM options: {@code OPENECMA_SERVICE_JAVA_OPTS}, else the system property
     * {@code openecma.service.java-opts} (the system tests choose a quick-starting JIT with it), else
     * {@link #DEFAULT_JAVA_OPTS}.
     */
    static String javaOptions() {
        String fromEnv = System.getenv("OPENECMA_SERVICE_JAVA_OPTS");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return System.getProperty("openecma.service.java-opts", DEFAULT_JAVA_OPTS);
    }

    /**
     * A heap that holds a 100,000-object import page by page and the full JIT: what real data
     * needs (the quick-starting {@code -XX:TieredStopAtLevel=1} halves throughput under load).
     */
    public static final String DEFAULT_JAVA_OPTS = "-Xms128m -Xmx1g -XX:+UseParallelGC -XX:ParallelGCThreads=2";

    /**
     * The demo "legacy HR" application the sample REST connector provisions into: a single-file
     * Java program, run from source, on the port the sample's {@code BaseUrl} names.
     */
    public static ServiceSpec legacyHr(Path projectRoot, int port) {
        Path source = projectRoot.resolve("examples/legacy-hr/LegacyHrServer.java");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", source.toString(), "--port", PORT_PLACEHOLDER);
        return new ServiceSpec("legacy-hr", command, source, port, Map.of(), "/health");
    }

    /**
     * The demo "team directory" the Users-and-Groups sample connector (examples/connectors/directory)
     * provisions into: a single-file Java program, run from source, on the port the sample's
     * {@code BaseUrl} names. It starts empty and chooses every object's id.
     */
    public static ServiceSpec teamDirectory(Path projectRoot, int port) {
        Path source = projectRoot.resolve("examples/team-directory/TeamDirectoryServer.java");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", source.toString(), "--port", PORT_PLACEHOLDER);
        return new ServiceSpec("team-directory", command, source, port, Map.of(), "/health");
    }

    /** The four openecma services on their documented ports, and the demo targets of the REST and directory samples. */
    public static List<ServiceSpec> standard(Path projectRoot) {
        return List.of(
                legacyHr(projectRoot, 8090),
                teamDirectory(projectRoot, 8091),
                quarkus(projectRoot, "sync-core", 8081, Map.of()),
                quarkus(projectRoot, "scim-ingress", 8585, Map.of("OPENECMA_HTTP_ENABLED", "true",
                        "OPENECMA_PUBLIC_BASE_URL", "http://localhost:8585")),
                quarkus(projectRoot, "script-worker", 8082, Map.of()),
                quarkus(projectRoot, "password-worker", 8083, Map.of()));
    }

    /**
     * The services with {@code count} script-workers instead of one: the first keeps its port, the
     * others take free ones and are named script-worker-2, script-worker-3, ... in the logs.
     */
    public static List<ServiceSpec> withScriptWorkers(List<ServiceSpec> services, int count) {
        List<ServiceSpec> result = new ArrayList<>(services);
        ServiceSpec worker = services.stream().filter(s -> s.name().equals("script-worker")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no script-worker among the services"));
        for (int i = 2; i <= count; i++) {
            result.add(new ServiceSpec("script-worker-" + i, worker.command(), worker.artifact(), 0, worker.env(),
                    worker.readyPath()));
        }
        return result;
    }

    /** The same service on another port ({@code 0}: a free one, for tests running the real services). */
    public ServiceSpec withPort(int newPort) {
        return new ServiceSpec(name, command, artifact, newPort, env, readyPath);
    }
}
