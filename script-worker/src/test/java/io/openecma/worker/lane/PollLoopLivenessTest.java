package io.openecma.worker.lane;

import io.openecma.schemas.events.kafka.LoopHealth;
import io.openecma.schemas.events.kafka.PollLoops;
import io.openecma.testsupport.KafkaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A record loop whose consumer throws: a retriable Kafka error is waited out and the record after it
 * is handled; a fatal one turns the worker's /q/health/live DOWN, naming the loop and the error.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class PollLoopLivenessTest {

    private static final String TOPIC = "openecma.exports.liveness-probe";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    @Inject
    PollLoops loops;

    @Test
    void aRetriableErrorIsRetriedAndTheWorkerStaysAlive() {
        MockConsumer<String, byte[]> consumer = assignedConsumer();
        consumer.setPollException(new KafkaException("broker connection lost"));
        Handled handled = new Handled();
        LoopHealth health = loops.register("export-liveness-retry");
        RecordLoop loop = new RecordLoop("export-liveness-retry", consumer, List.of(TOPIC), handled, Duration.ofHours(1),
                Duration.ofSeconds(1), health);
        try {
            loop.start();
            await(() -> health.retries() == 1 && health.state() == LoopHealth.State.POLLING, "polling again");
            consumer.schedulePollTask(() -> consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 0, "k", new byte[] {1})));
            await(() -> handled.records.size() == 1, "the record after the error handled");
            await(() -> consumer.committed(java.util.Set.of(PARTITION)).get(PARTITION) != null, "its offset committed");
            assertEquals(1, consumer.committed(java.util.Set.of(PARTITION)).get(PARTITION).offset());
            given().when().get("/q/health/live").then().statusCode(200)
                    .body("checks.find { it.name == 'kafka-poll-loops' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'kafka-poll-loops' }.data.'export-liveness-retry'",
                            containsString("polling"));
        } finally {
            loop.stop();
            loops.remove(health);
        }
    }

    @Test
    void aFatalErrorTurnsLivenessDown() {
        MockConsumer<String, byte[]> consumer = assignedConsumer();
        consumer.setPollException(new GroupAuthorizationException("openecma-script-worker-liveness-probe"));
        Handled handled = new Handled();
        LoopHealth health = loops.register("export-liveness-fatal");
        RecordLoop loop = new RecordLoop("export-liveness-fatal", consumer, List.of(TOPIC), handled, Duration.ofHours(1),
                Duration.ofSeconds(1), health);
        try {
            loop.start();
            await(() -> health.state() == LoopHealth.State.FAILED, "the loop marked dead");
            given().when().get("/q/health/live").then().statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'kafka-poll-loops' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'kafka-poll-loops' }.data.'export-liveness-fatal'",
                            containsString("GroupAuthorizationException"));
            await(consumer::closed, "the consumer closed");
            assertTrue(handled.closed, "the handler closed (its export session ends)");
        } finally {
            loop.stop();
            loops.remove(health);
        }
        // the other loops of the worker are unaffected
        given().when().get("/q/health/live").then().statusCode(200);
    }

    private static MockConsumer<String, byte[]> assignedConsumer() {
        MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(PARTITION));
            consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        });
        return consumer;
    }

    private static final class Handled implements RecordHandler {
        final List<ConsumerRecord<String, byte[]>> records = new CopyOnWriteArrayList<>();
        volatile boolean closed;

        @Override
        public void handle(ConsumerRecord<String, byte[]> record) {
            records.add(record);
        }

        @Override
        public void close() {
            closed = true;
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
