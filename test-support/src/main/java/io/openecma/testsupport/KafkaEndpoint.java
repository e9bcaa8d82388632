package io.openecma.testsupport;

import java.util.Objects;

/** How to reach a Kafka cluster: its bootstrap servers ({@code host:port,...}). */
public record KafkaEndpoint(String bootstrapServers) {

    public KafkaEndpoint {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    }
}
