package io.openecma.testsupport.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What {@link LocalStack#start(LocalStackOptions)} starts and where. A port of {@code 0} means a
 * free port picked at start (for tests); the defaults are the fixed ports of the local stack.
 *
 * @param projectRoot   working directory of the services; relative paths are resolved against it
 * @param dataDir       Kafka's and PostgreSQL's data, logs and the generated secrets; kept across runs
 * @param connectorsDir connector definition folders, passed as {@code OPENECMA_CONNECTORS_DIR}
 * @param kafkaPort     Kafka client port
 * @param postgresPort  PostgreSQL port
 * @param services      the services to run, started together, each awaited until ready
 * @param readyTimeout  how long one service may take to report ready
 * @param output        receives every line the stack and its services print
 * @param kafkaSaslSsl  Kafka's clients must use SASL_SSL (a certificate and password made at start),
 *                      as against a production cluster; the services get the settings as {@code KAFKA_*}
 */
public record LocalStackOptions(Path projectRoot, Path dataDir, Path connectorsDir, int kafkaPort, int postgresPort,
                                List<ServiceSpec> services, Duration readyTimeout, Consumer<String> output,
                                boolean kafkaSaslSsl) {

    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final String DATA_FOLDER = ".openecma-local";

    public LocalStackOptions {
        projectRoot = projectRoot.toAbsolutePath().normalize();
        dataDir = projectRoot.resolve(dataDir).normalize();
        connectorsDir = projectRoot.resolve(connectorsDir).normalize();
        services = List.copyOf(services);
        Objects.requireNonNull(readyTimeout, "readyTimeout");
        Objects.requireNonNull(output, "output");
    }

    /** The whole system on its fixed ports, data in {@code .openecma-local/}, sample connectors. */
    public static LocalStackOptions defaults(Path projectRoot) {
        return new LocalStackOptions(projectRoot, Path.of(DATA_FOLDER), Path.of("examples", "connectors"),
                DEFAULT_KAFKA_PORT, DEFAULT_POSTGRES_PORT, ServiceSpec.standard(projectRoot),
                Duration.ofSeconds(120), System.out::println, false);
    }

    public LocalStackOptions withDataDir(Path newDataDir) {
        return new LocalStackOptions(projectRoot, newDataDir, connectorsDir, kafkaPort, postgresPort, services,
                readyTimeout, output, kafkaSaslSsl);
    }

    public LocalStackOptions withConnectorsDir(Path newConnectorsDir) {
        return new LocalStackOptions(projectRoot, dataDir, newConnectorsDir, kafkaPort, postgresPort, services,
                readyTimeout, output, kafkaSaslSsl);
    }

    public LocalStackOptions withPorts(int newKafkaPort, int newPostgresPort) {
        return new LocalStackOptions(projectRoot, dataDir, connectorsDir, newKafkaPort, newPostgresPort, services,
                readyTimeout, output, kafkaSaslSsl);
    }

    public LocalStackOptions withServices(List<ServiceSpec> newServices) {
        return new LocalStackOptions(projectRoot, dataDir, connectorsDir, kafkaPort, postgresPort, newServices,
                readyTimeout, output, kafkaSaslSsl);
    }

    public LocalStackOptions withReadyTimeout(Duration newReadyTimeout) {
        return new LocalStackOptions(projectRoot, dataDir, connectorsDir, kafkaPort, postgresPort, services,
                newReadyTimeout, output, kafkaSaslSsl);
    }

    public LocalStackOptions withOutput(Consumer<String> newOutput) {
        return new LocalStackOptions(projectRoot, dataDir, connectorsDir, kafkaPort, postgresPort, services,
                readyTimeout, newOutput, kafkaSaslSsl);
    }

    public LocalStackOptions withKafkaSaslSsl() {
        return new LocalStackOptions(projectRoot, dataDir, connectorsDir, kafkaPort, postgresPort, services,
                readyTimeout, output, true);
    }
}
