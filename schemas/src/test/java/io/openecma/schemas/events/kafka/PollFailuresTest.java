package io.openecma.schemas.events.kafka;

import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.DisconnectException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PollFailuresTest {

    @Test
    void whatPollingAgainCannotFixIsFatal() {
        assertTrue(PollFailures.isFatal(new GroupAuthorizationException("group")));
        assertTrue(PollFailures.isFatal(new SaslAuthenticationException("bad password")));
        assertTrue(PollFailures.isFatal(new UnsupportedVersionException("old broker")));
        assertTrue(PollFailures.isFatal(new RecordDeserializationException(RecordDeserializationException.DeserializationExceptionOrigin.VALUE,
                new TopicPartition("t", 0), 1, 0, TimestampType.CREATE_TIME, null, null, null, "bad", null)));
        assertTrue(PollFailures.isFatal(new IllegalStateException("not subscribed")), "not a Kafka error");
        assertTrue(PollFailures.isFatal(new OutOfMemoryError()));
    }

    @Test
    void otherKafkaErrorsAreRetried() {
        assertFalse(PollFailures.isFatal(new KafkaException("broker gone")));
        assertFalse(PollFailures.isFatal(new TimeoutException("no answer")));
        assertFalse(PollFailures.isFatal(new DisconnectException("closed")));
        assertFalse(PollFailures.isFatal(new CommitFailedException()));
    }

    @Test
    void retriesBackOffDoublingUpToThirtySecondsAndAPollResetsThat() {
        LoopHealth health = new LoopHealth("t");
        KafkaException e = new KafkaException("x");
        assertEquals(Duration.ofSeconds(1), health.retrying(e));
        assertEquals(Duration.ofSeconds(2), health.retrying(e));
        assertEquals(Duration.ofSeconds(4), health.retrying(e));
        assertEquals(Duration.ofSeconds(8), health.retrying(e));
        assertEquals(Duration.ofSeconds(16), health.retrying(e));
        assertEquals(Duration.ofSeconds(30), health.retrying(e));
        assertEquals(Duration.ofSeconds(30), health.retrying(e));
        assertTrue(health.alive());
        health.polled();
        assertEquals(Duration.ofSeconds(1), health.retrying(e));
    }

    @Test
    void aLoopThatEndsUnaskedIsDead() {
        LoopHealth health = new LoopHealth("t");
        health.polled();
        health.ended(false);
        assertFalse(health.alive());
        assertTrue(health.summary().contains("ended without being stopped"), health.summary());
    }
}
