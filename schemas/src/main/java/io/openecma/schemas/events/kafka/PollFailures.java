package io.openecma.schemas.events.kafka;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.common.errors.InvalidConfigurationException;
import org.apache.kafka.common.errors.InvalidGroupIdException;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

/**
 * Tells a poll loop's error it can wait out from one it cannot. Following the consumer in Apache
 * Kafka's examples: a refused authorization or authentication, a broker that does not speak the
 * client's version, a record that cannot be deserialized or a bad configuration will not go away by
 * polling again; any other {@link KafkaException} (a broker unreachable, a failed commit after a
 * rebalance, a timeout) is retried. Anything that is not a Kafka error (a bug, an Error, a consumer
 * in an illegal state) is fatal too: restarting the process is the safe way out of it.
 */
public final class PollFailures {

    private PollFailures() {
    }

    public static boolean isFatal(Throwable e) {
        if (!(e instanceof KafkaException)) {
            return true;
        }
        return e instanceof AuthorizationException
                || e instanceof AuthenticationException
                || e instanceof UnsupportedVersionException
                || e instanceof RecordDeserializationException
                || e instanceof InvalidConfigurationException
                || e instanceof ConfigException
                || e instanceof InvalidGroupIdException
                || e instanceof FencedInstanceIdException;
    }
}
