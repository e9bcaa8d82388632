package io.openecma.testsupport;

/**
 * The one Kafka cluster of this test JVM, started on first use and stopped when the JVM exits.
 * If {@code KAFKA_BOOTSTRAP_SERVERS} is set, that cluster is used and nothing is started.
 */
public final class SharedKafka {

    private static final String STARTED = "io.openecma.testsupport.kafka.bootstrap";

    private SharedKafka() {
    }

    public static KafkaEndpoint endpoint() {
        String external = JvmWide.env("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null) {
            return new KafkaEndpoint(external);
        }
        synchronized (JvmWide.LOCK) {
            String started = System.getProperty(STARTED);
            if (started == null) {
                started = switch (Backend.selected()) {
                    case EMBEDDED -> startEmbedded();
                    case TESTCONTAINERS -> {
                        // Checked here: loading TestcontainersKafka itself may need the missing classes.
                        Backend.requireOnClassPath("org.testcontainers.kafka.KafkaContainer",
                                "org.testcontainers:testcontainers-kafka");
                        yield TestcontainersKafka.start();
                    }
                };
                System.setProperty(STARTED, started);
            }
            return new KafkaEndpoint(started);
        }
    }

    private static String startEmbedded() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
        JvmWide.onExit("kafka", () -> {
            broker.close();
            JvmWide.deleteQuietly(broker.logDir());
        });
        return broker.bootstrapServers();
    }
}
