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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * How many export sessions serve a connector: the members of its script-worker consumer group
 * that hold a partition of its exports topic, asked from Kafka at most every {@link #REFRESH}.
 * The asking happens on a thread of its own; the batcher reads the last answer and never waits
 * for Kafka.
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
    private final Set<String> asking = ConcurrentHashMap.newKeySet();
    private final ExecutorService asker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "worker-capacity");
        t.setDaemon(true);
        return t;
    });
    private volatile Admin admin;

    /** The export sessions serving the connector; 1 until Kafka has told otherwise. */
    public int sessions(String connector) {
        Known k = known.get(connector);
        if ((k == null || System.nanoTime() - k.askedAt > REFRESH.toNanos()) && asking.add(connector)) {
            int fallback = k == null ? 1 : k.sessions;
            asker.execute(() -> {
                try {
                    known.put(connector, new Known(ask(connector, fallback), System.nanoTime()));
                } finally {
                    asking.remove(connector);
                }
            });
        }
        return k == null ? 1 : k.sessions;
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
        asker.shutdownNow();
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
