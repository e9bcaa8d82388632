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
 */
public record ServiceSpec(String name, List<String> command, Path artifact, int port, Map<String, String> env) {

    /** Readiness endpoint of every Quarkus service (SmallRye Health). */
    public static final String HEALTH_PATH = "/q/health/ready";

    public ServiceSpec {
        Objects.requireNonNull(name, "name");
        command = List.copyOf(command);
        env = Map.copyOf(env);
    }

    /** A packaged Quarkus service: {@code java -jar <module>/target/quarkus-app/quarkus-run.jar}. */
    public static ServiceSpec quarkus(Path projectRoot, String module, int port, Map<String, String> env) {
        Path jar = projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getenv().getOrDefault("OPENECMA_SERVICE_JAVA_OPTS",
                "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1").trim().split("\\s+")));
        command.add("-jar");
        command.add(jar.toString());
        return new ServiceSpec(module, command, jar, port, env);
    }

    /** The four openecma services on their documented ports. */
    public static List<ServiceSpec> standard(Path projectRoot) {
        return List.of(
                quarkus(projectRoot, "sync-core", 8081, Map.of()),
                quarkus(projectRoot, "scim-ingress", 8585, Map.of("OPENECMA_HTTP_ENABLED", "true")),
                quarkus(projectRoot, "script-worker", 8082, Map.of()),
                quarkus(projectRoot, "password-worker", 8083, Map.of()));
    }

    /** The same service on another port ({@code 0}: a free one, for tests running the real services). */
    public ServiceSpec withPort(int newPort) {
        return new ServiceSpec(name, command, artifact, newPort, env);
    }
}
