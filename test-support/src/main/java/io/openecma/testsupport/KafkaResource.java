package io.openecma.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} application at the JVM's shared real Kafka cluster:
 * {@code @WithTestResource(KafkaResource.class)}. The cluster outlives the application (other test
 * classes reuse it) and is stopped when the JVM exits, so {@link #stop()} leaves it running.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", SharedKafka.endpoint().bootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; the shutdown hook stops it.
    }
}
