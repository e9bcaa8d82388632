package io.openecma.testsupport;

import org.testcontainers.kafka.KafkaContainer;

/**
 * Kafka from the official {@code apache/kafka} image. Only loaded when the Testcontainers backend
 * is chosen, so the embedded backend runs without Testcontainers on the class path.
 */
final class TestcontainersKafka {

    static final String IMAGE = "apache/kafka:4.1.1";

    private TestcontainersKafka() {
    }

    static String start() {
        KafkaContainer kafka = new KafkaContainer(IMAGE);
        kafka.start();
        JvmWide.onExit("kafka-container", kafka::stop);
        return kafka.getBootstrapServers();
    }
}
