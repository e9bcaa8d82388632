package io.openecma.testsupport.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Command line of the local stack: its options and what it prints once everything is ready. */
final class LocalStackMain {

    private static final String USAGE = """
            usage: LocalStack [--root DIR] [--connectors DIR] [--data DIR] [--script-workers N] [--infra-only]
              --root DIR           project root (default: current directory)
              --connectors DIR     connector definitions (default: examples/connectors under the root)
              --data DIR           state and logs (default: .openecma-local under the root)
              --script-workers N   script-worker processes (default 1)
              --infra-only         start Kafka and PostgreSQL only (run the services yourself)
            environment: OPENECMA_LOCAL_KAFKA_PORT (default 19092), OPENECMA_LOCAL_POSTGRES_PORT (default 15432),
                         OPENECMA_SERVICE_JAVA_OPTS (JVM options of each service)""";

    private LocalStackMain() {
    }

    static LocalStackOptions options(String[] args) {
        Path root = Path.of("");
        Path connectors = Path.of("examples", "connectors");
        Path data = Path.of(LocalStackOptions.DATA_FOLDER);
        int scriptWorkers = 1;
        boolean infraOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> {
                    if (i + 1 == args.length) {
                        throw usage("--root needs a folder");
                    }
                    root = Path.of(args[++i]);
                }
                case "--connectors" -> {
                    if (i + 1 == args.length) {
                        throw usage("--connectors needs a folder");
                    }
                    connectors = Path.of(args[++i]).toAbsolutePath();
                }
                case "--data" -> {
                    if (i + 1 == args.length) {
                        throw usage("--data needs a folder");
                    }
                    data = Path.of(args[++i]).toAbsolutePath();
                }
                case "--script-workers" -> {
                    if (i + 1 == args.length) {
                        throw usage("--script-workers needs a number");
                    }
                    scriptWorkers = count(args[++i]);
                }
                case "--infra-only" -> infraOnly = true;
                default -> throw usage("unknown argument " + args[i]);
            }
        }
        LocalStackOptions options = LocalStackOptions.defaults(root)
                .withConnectorsDir(connectors)
                .withDataDir(data)
                .withPorts(port("OPENECMA_LOCAL_KAFKA_PORT", LocalStackOptions.DEFAULT_KAFKA_PORT),
                        port("OPENECMA_LOCAL_POSTGRES_PORT", LocalStackOptions.DEFAULT_POSTGRES_PORT));
        if (infraOnly) {
            return options.withServices(List.of());
        }
        return scriptWorkers == 1 ? options
                : options.withServices(ServiceSpec.withScriptWorkers(options.services(), scriptWorkers));
    }

    static void printBanner(LocalStack stack, LocalStackOptions options, Duration startup) {
        StringBuilder banner = new StringBuilder("\n=== openecma is running (started in ")
                .append(String.format(Locale.ROOT, "%.1f", startup.toMillis() / 1000.0)).append(" s) ===\n");
        Integer ingressPort = stack.servicePorts().get("scim-ingress");
        for (LocalConnector connector : stack.connectors()) {
            banner.append("Connector ").append(connector.name()).append('\n');
            if (ingressPort != null) {
                banner.append("  SCIM base URL: ").append(connector.scimBaseUrl(ingressPort)).append('\n');
            }
            banner.append("  Bearer token:  ").append(connector.token()).append('\n');
        }
        Integer corePort = stack.servicePorts().get("sync-core");
        if (corePort != null) {
            banner.append("Admin API:   http://localhost:").append(corePort).append('\n');
        }
        banner.append("Admin token: ").append(stack.secrets().adminToken()).append('\n');
        banner.append("Kafka:       ").append(stack.kafkaBootstrapServers()).append('\n');
        banner.append("PostgreSQL:  ").append(stack.postgres().jdbcUrl())
                .append(" (user ").append(stack.postgres().user()).append(")\n");
        banner.append("Data:        ").append(options.dataDir()).append(" (logs in logs/)\n");
        banner.append("Press Ctrl-C to stop.\n");
        System.out.println(banner);
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw usage(variable + "=" + value + " is not a port number");
        }
    }

    private static int count(String text) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 1 && n <= 16) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw usage("--script-workers takes a number from 1 to 16, not '" + text + "'");
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(problem + "\n" + USAGE);
    }
}
