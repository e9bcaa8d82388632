package io.openecma.ingress.kafka;

import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.ScimOutcome;
import io.openecma.schemas.events.kafka.PollLoops;
import io.openecma.schemas.topics.Topics;
import io.openecma.schemas.tracing.KafkaTracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.openecma.schemas.events.kafka.BrokerSettings;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests waiting for their {@link ScimOutcome}, request-reply over Kafka: the ingress replicas
 * share one consumer group on {@code openecma.outcomes}, so each reads its own partitions; a
 * request names one of its replica's partitions ({@link Waiter#replyPartition()}) and sync-core
 * publishes the outcome there, so it reaches this replica only. When a partition is taken away
 * (a replica joined or left), the requests that named it cannot get their outcome here: they end
 * at once with {@link ReplyPartitionMoved} instead of waiting for the timeout.
 */
@ApplicationScoped
public class OutcomeWaiters {

    /** A registered request: its outcome, and the partition it is to be published to. */
    public record Waiter(CompletableFuture<ScimOutcome> outcome, int replyPartition) {
    }

    /** The partition a request named was given to another replica before its outcome came. */
    public static final class ReplyPartitionMoved extends RuntimeException {
        ReplyPartitionMoved(int partition) {
            super("partition " + partition + " of " + Topics.OUTCOMES + " moved to another replica", null, false, false);
        }
    }

    private final Map<UUID, Waiter> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private TopicFollower follower;

    /** Every kafka.* setting of the service (security included), see {@link BrokerSettings}. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> broker;
    @ConfigProperty(name = "openecma.scim.reply-group", defaultValue = "openecma-scim-ingress-replies")
    String replyGroup;
    @Inject
    PollLoops pollLoops;
    @Inject
    KafkaTracing tracing = KafkaTracing.OFF;

    void start(@Observes StartupEvent event) {
        follower = new TopicFollower(BrokerSettings.copy(broker), Topics.OUTCOMES, replyGroup, this::accept, this::moved,
                pollLoops.register("follow-" + Topics.OUTCOMES));
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
        // the last hop of the request's trace: sync-core wrote its context into the outcome's headers
        Span span = tracing.receive("openecma.outcome receive", record);
        try (Scope ignored = span.makeCurrent()) {
            deliver(record);
        } finally {
            span.end();
        }
    }

    private void deliver(ConsumerRecord<String, byte[]> record) {
        ScimOutcome outcome = Json.read(record.value(), ScimOutcome.class);
        Waiter waiter = waiting.remove(outcome.correlationId());
        if (waiter != null) {
            // what follows the outcome (building the answer) must not run on the follower's thread
            Infrastructure.getDefaultWorkerPool().execute(() -> waiter.outcome().complete(outcome));
        }
    }

    private void moved(Collection<Integer> partitions) {
        waiting.entrySet().removeIf(e -> {
            if (partitions.contains(e.getValue().replyPartition())) {
                e.getValue().outcome().completeExceptionally(new ReplyPartitionMoved(e.getValue().replyPartition()));
                return true;
            }
            return false;
        });
    }

    /**
     * Registers a request before its change is published, so its outcome cannot be missed; its
     * reply partition is one of this replica's, taken in turn.
     *
     * @throws IllegalStateException when this replica reads no partition (see {@link #ready()})
     */
    public Waiter register(UUID correlationId) {
        List<Integer> mine = List.copyOf(follower.partitions());
        if (mine.isEmpty()) {
            throw new IllegalStateException("this replica reads no partition of " + Topics.OUTCOMES);
        }
        Waiter waiter = new Waiter(new CompletableFuture<>(), mine.get(Math.floorMod(next.getAndIncrement(), mine.size())));
        waiting.put(correlationId, waiter);
        return waiter;
    }

    public void forget(UUID correlationId) {
        waiting.remove(correlationId);
    }

    /** True while this replica reads at least one partition of the outcomes topic. */
    public boolean ready() {
        return follower != null && !follower.partitions().isEmpty();
    }
}
