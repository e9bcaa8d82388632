package io.openecma.core.export;

import io.openecma.core.messaging.KafkaClients;
import io.openecma.schemas.topics.Topics;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * How many export sessions serve a connector: the members of its script-worker consumer group
 * that hold a partition of its exports topic, asked from Kafka at most every {@link #REFRESH}.
 * The batcher keeps that many batches in flight (plus one waiting behind them), so every session
 * has work and changes that arrive meanwhile gather into the next batch.
 */
@ApplicationScoped
public class WorkerCapacity {

    private static final Logger LOG = Logger.getLogger(WorkerCapacity.class);
    static final Duration REFRESH = Duration.ofSeconds(5);

    private record Known(int sessions, long askedAt) {
    }

    @Inject
    KafkaClients kafka;

    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private volatile Admin admin;

    /** The export sessions serving the connector; 1 until Kafka has told otherwise. */
    public int sessions(String connector) {
        Known k = known.get(connector);
        long now = System.nanoTime();
        if (k == null || now - k.askedAt > REFRESH.toNanos()) {
            k = new Known(ask(connector, k == null ? 1 : k.sessions), now);
            known.put(connector, k);
        }
        return k.sessions;
    }

    private int ask(String connector, int fallback) {
        String group = "openecma-script-worker-" + connector;
        String topic = Topics.exports(connector);
        try {
            ConsumerGroupDescription description = admin().describeConsumerGroups(java.util.List.of(group))
                    .describedGroups().get(group).get(2, TimeUnit.SECONDS);
            int sessions = (int) description.members().stream()
                    .filter(m -> m.assignment().topicPartitions().stream().anyMatch(p -> p.topic().equals(topic)))
                    .count();
            return Math.max(1, sessions);
        } catch (Exception e) {
            LOG.debugf("connector %s: export sessions unknown (%s); keeping %d", connector, e, fallback);
            return fallback;
        }
    }

    private Admin admin() {
        Admin a = admin;
        if (a == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = kafka.admin();
                }
                a = admin;
            }
        }
        return a;
    }

    void stop(@Observes ShutdownEvent event) {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
