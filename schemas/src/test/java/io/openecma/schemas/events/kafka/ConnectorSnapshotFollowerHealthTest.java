package io.openecma.schemas.events.kafka;

import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.Samples;
import io.openecma.schemas.topics.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The follower rides out a retriable Kafka error and reports itself dead after a fatal one. */
class ConnectorSnapshotFollowerHealthTest {

    private static final TopicPartition PARTITION = new TopicPartition(Topics.CONNECTORS, 0);

    private static MockConsumer<String, byte[]> consumer() {
        MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
        consumer.updatePartitions(Topics.CONNECTORS, List.of(new PartitionInfo(Topics.CONNECTORS, 0, null, null, null)));
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        consumer.updateEndOffsets(Map.of(PARTITION, 0L));
        return consumer;
    }

    @Test
    void aRetriableErrorIsWaitedOutAndFollowingGoesOn() {
        MockConsumer<String, byte[]> consumer = consumer();
        PollLoops loops = new PollLoops();
        LoopHealth health = loops.register("connector-snapshots");
        consumer.setPollException(new KafkaException("broker connection lost"));
        try (ConnectorSnapshotFollower follower = new ConnectorSnapshotFollower(consumer, new ConnectorSnapshotFollower.Listener() {
        }, health)) {
            follower.start();
            await(() -> health.retries() == 1 && health.state() == LoopHealth.State.POLLING, "polling again after the error");
            ConnectorSnapshot snapshot = Samples.connectorSnapshot();
            consumer.schedulePollTask(() -> consumer.addRecord(new ConsumerRecord<>(Topics.CONNECTORS, 0, 0,
                    snapshot.connector(), Json.writeBytes(snapshot))));
            await(() -> follower.find(snapshot.connector()).isPresent(), "the snapshot read after the error");
            assertTrue(loops.alive());
        }
        assertEquals(LoopHealth.State.STOPPED, health.state());
        assertTrue(health.alive(), "a loop stopped on purpose is not dead");
    }

    @Test
    void aFatalErrorEndsFollowingAndTheLoopIsDead() {
        MockConsumer<String, byte[]> consumer = consumer();
        PollLoops loops = new PollLoops();
        LoopHealth health = loops.register("connector-snapshots");
        consumer.setPollException(new TopicAuthorizationException(Set.of(Topics.CONNECTORS)));
        try (ConnectorSnapshotFollower follower = new ConnectorSnapshotFollower(consumer, new ConnectorSnapshotFollower.Listener() {
        }, health)) {
            follower.start();
            await(() -> health.state() == LoopHealth.State.FAILED, "the loop marked dead");
            assertFalse(loops.alive());
            assertTrue(health.summary().contains("TopicAuthorizationException"), health.summary());
            await(consumer::closed, "the consumer closed");
        }
        assertEquals(LoopHealth.State.FAILED, health.state(), "closing afterwards does not revive it");
    }

    static void await(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("not within 30 s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
