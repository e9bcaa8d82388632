package io.openecma.testsupport;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A real Apache Kafka broker (KRaft, one node acting as broker and controller) running inside
 * this JVM from the Maven jars. The log folder is formatted on first use only, so a broker
 * started again on the same folder keeps its topics and records.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String SECURED_LISTENER = "SASL_SSL";
    private static final String INTERNAL_LISTENER = "INTERNAL";

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path logDir;
    private final KafkaSecurity security;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers, Path logDir, KafkaSecurity security) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.logDir = logDir;
        this.security = security;
    }

    /** A throw-away broker on free ports with its data in a new temporary folder. */
    public static EmbeddedKafkaBroker startTemporary() {
        try {
            return start(FreePorts.pick(), FreePorts.pick(), Files.createTempDirectory("openecma-kafka-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for Kafka", e);
        }
    }

    /**
     * A broker listening on {@code localhost:port} (clients) and {@code localhost:controllerPort}
     * (the KRaft controller), keeping its data in {@code logDir}.
     */
    public static EmbeddedKafkaBroker start(int port, int controllerPort, Path logDir) {
        return start(port, controllerPort, logDir, null);
    }

    /**
     * As {@link #start(int, int, Path)}; with {@code security}, clients must use SASL_SSL on
     * {@code port} (the broker's own traffic stays on an internal listener no client is told of).
     */
    public static EmbeddedKafkaBroker start(int port, int controllerPort, Path logDir, KafkaSecurity security) {
        QuietLogging.apply();
        Properties properties = properties(port, controllerPort, logDir);
        if (security != null) {
            secure(properties, port, controllerPort, security);
        }
        KafkaConfig config = KafkaConfig.fromProps(properties);
        try {
            Files.createDirectories(logDir);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(config, logDir);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the Kafka log folder " + logDir, e);
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            throw new IllegalStateException("Kafka did not start on port " + port + " (in use?) with data in " + logDir, e);
        }
        return new EmbeddedKafkaBroker(server, "localhost:" + port, logDir, security);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Everything a client needs: the bootstrap servers and, on a secured broker, SASL_SSL settings. */
    public Map<String, Object> clientSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("bootstrap.servers", bootstrapServers);
        if (security != null) {
            settings.putAll(security.clientSettings());
        }
        return settings;
    }

    /** The broker's security, or null for a plain-text broker. */
    public KafkaSecurity security() {
        return security;
    }

    public Path logDir() {
        return logDir;
    }

    /** Stops the broker and waits until it has closed its log (the data folder stays). */
    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties properties(int port, int controllerPort, Path logDir) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        // A single node: every internal topic has one replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        // Small footprint on a 2-core machine shared with the services.
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("log.cleaner.threads", "1");
        p.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        return p;
    }

    private static void secure(Properties p, int port, int controllerPort, KafkaSecurity security) {
        int internalPort = FreePorts.pick();
        p.put("listeners", SECURED_LISTENER + "://localhost:" + port + "," + INTERNAL_LISTENER + "://localhost:"
                + internalPort + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        p.put("advertised.listeners", SECURED_LISTENER + "://localhost:" + port + "," + INTERNAL_LISTENER
                + "://localhost:" + internalPort);
        p.put("listener.security.protocol.map", SECURED_LISTENER + ":SASL_SSL," + INTERNAL_LISTENER + ":PLAINTEXT,"
                + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("inter.broker.listener.name", INTERNAL_LISTENER);
        security.configureBroker(p, SECURED_LISTENER);
    }

    private static void format(KafkaConfig config, Path logDir) throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                .setClusterId(Uuid.randomUuid().toString())
                .setNodeId(config.nodeId())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(config.metadataLogDir())
                .setDirectories(List.of(logDir.toAbsolutePath().toString()))
                .run();
    }
}
