package io.openecma.ingress.kafka;

import io.openecma.schemas.events.kafka.LoopHealth;
import io.openecma.schemas.events.kafka.PollLoops;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The outcomes follower starts over with a new consumer after a retriable error and is dead after a fatal one. */
class TopicFollowerHealthTest {

    private static final String TOPIC = "openecma.outcomes";

    @Test
    void aRetriableErrorStartsOverWithANewConsumerAndGivesUpThePartitions() {
        List<MockConsumer<String, byte[]>> made = new CopyOnWriteArrayList<>();
        List<Integer> revoked = new CopyOnWriteArrayList<>();
        PollLoops loops = new PollLoops();
        LoopHealth health = loops.register("follow-outcomes");
        try (TopicFollower follower = new TopicFollower(Map.of(), TOPIC, "g", r -> { }, revoked::addAll, health, props -> {
            MockConsumer<String, byte[]> c = new MockConsumer<>("latest");
            if (made.isEmpty()) {
                c.setPollException(new KafkaException("coordinator not available"));
            }
            made.add(c);
            return c;
        })) {
            follower.start();
            await(() -> made.size() == 2 && health.state() == LoopHealth.State.POLLING, "a second consumer polling");
            assertTrue(made.get(0).closed(), "the failed consumer is closed");
            assertEquals(1, health.retries());
            assertTrue(loops.alive());
        }
        assertEquals(LoopHealth.State.STOPPED, health.state());
    }

    @Test
    void aFatalErrorEndsTheLoopAndItIsDead() {
        PollLoops loops = new PollLoops();
        LoopHealth health = loops.register("follow-outcomes");
        List<MockConsumer<String, byte[]>> made = new ArrayList<>();
        try (TopicFollower follower = new TopicFollower(Map.of(), TOPIC, "g", r -> { }, p -> { }, health, props -> {
            MockConsumer<String, byte[]> c = new MockConsumer<>("latest");
            c.setPollException(new TopicAuthorizationException(Set.of(TOPIC)));
            synchronized (made) {
                made.add(c);
            }
            return c;
        })) {
            follower.start();
            await(() -> health.state() == LoopHealth.State.FAILED, "the loop marked dead");
            assertFalse(loops.alive());
            assertTrue(health.summary().contains("TopicAuthorizationException"), health.summary());
            synchronized (made) {
                assertEquals(1, made.size(), "no restart after a fatal error");
            }
        }
    }

    private static void await(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
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
