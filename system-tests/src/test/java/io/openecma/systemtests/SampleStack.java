package io.openecma.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.openecma.testsupport.FreePorts;
import io.openecma.testsupport.local.LocalStack;
import io.openecma.testsupport.local.LocalStackOptions;
import io.openecma.testsupport.local.ServiceSpec;

/**
 * The whole stack the way several system tests start it: copies of sample connectors whose demo
 * targets get free ports, then the given targets and the four services as processes of their own.
 */
final class SampleStack {

    private SampleStack() {
    }

    static Path projectRoot() {
        return Path.of(System.getProperty("openecma.project.root", "..")).toAbsolutePath().normalize();
    }

    /** Copies a sample connector; without a {@code targetUrl}, as it is. */
    static void copyConnector(Path connectors, String name) throws IOException {
        TestFolders.copy(projectRoot().resolve("examples/connectors/" + name), connectors.resolve(name));
    }

    /**
     * Copies a sample connector whose connector.yaml names its demo target at {@code targetUrl} (a
     * fixed port), pointing it at a free port instead; returns that port.
     */
    static int copyConnectorOnFreePort(Path connectors, String name, String targetUrl) throws IOException {
        int port = FreePorts.pick();
        copyConnector(connectors, name);
        Path definition = connectors.resolve(name + "/connector.yaml");
        Files.writeString(definition, Files.readString(definition).replace(targetUrl, "http://127.0.0.1:" + port));
        return port;
    }

    /** Starts the targets, then sync-core, scim-ingress (HTTP on), script-worker and password-worker. */
    static LocalStack start(Path work, List<ServiceSpec> targets, Duration readyTimeout) {
        Path root = projectRoot();
        List<ServiceSpec> services = new ArrayList<>(targets);
        services.add(ServiceSpec.quarkus(root, "sync-core", 0, Map.of()));
        services.add(ServiceSpec.quarkus(root, "scim-ingress", 0, Map.of("OPENECMA_HTTP_ENABLED", "true")));
        services.add(ServiceSpec.quarkus(root, "script-worker", 0, Map.of()));
        services.add(ServiceSpec.quarkus(root, "password-worker", 0, Map.of()));
        return LocalStack.start(LocalStackOptions.defaults(root)
                .withDataDir(work.resolve("data"))
                .withConnectorsDir(work.resolve("connectors"))
                .withPorts(0, 0)
                .withServices(services)
                .withReadyTimeout(readyTimeout));
    }
}
