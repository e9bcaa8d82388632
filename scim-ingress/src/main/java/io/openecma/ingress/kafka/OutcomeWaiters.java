package io.openecma.ingress.kafka;

import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.ScimOutcome;
import io.openecma.schemas.topics.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests waiting for their {@link ScimOutcome}. Every replica reads all of {@code openecma.outcomes}
 * in a consumer group of its own and completes only the waiters it holds; outcomes for other
 * replicas' requests are dropped here (their replica receives them too).
 */
@ApplicationScoped
public class OutcomeWaiters {

    private final Map<UUID, CompletableFuture<ScimOutcome>> waiting = new ConcurrentHashMap<>();
    private TopicFollower follower;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    void start(@Observes StartupEvent event) {
        follower = new TopicFollower(bootstrapServers, Topics.OUTCOMES, "scim-ingress-outcomes", this::accept);
        follower.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (follower != null) {
            follower.close();
        }
    }

    private void accept(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        ScimOutcome outcome = Json.read(record.value(), ScimOutcome.class);
        CompletableFuture<ScimOutcome> waiter = waiting.remove(outcome.correlationId());
        if (waiter != null) {
            waiter.complete(outcome);
        }
    }

    /** Registers a waiter before the change is published, so its outcome cannot be missed. */
    public CompletableFuture<ScimOutcome> register(UUID correlationId) {
        CompletableFuture<ScimOutcome> future = new CompletableFuture<>();
        waiting.put(correlationId, future);
        return future;
    }

    public void forget(UUID correlationId) {
        waiting.remove(correlationId);
    }

    /** True once this replica is positioned on every outcome partition. */
    public boolean ready() {
        return follower != null && follower.positioned();
    }
}
