package io.openecma.worker.connector;

import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.topics.Topics;
import io.openecma.worker.kafka.KafkaSettings;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Follows the compacted connectors topic from its start, without a consumer group, so every
 * replica knows every connector; a tombstone removes one. Ready once it has read up to the end
 * offsets it found at start.
 */
@ApplicationScoped
public class ConnectorSnapshots {

    private static final Logger LOG = Logger.getLogger(ConnectorSnapshots.class);

    @Inject
    KafkaSettings kafka;
    @Inject
    ServedConnectors served;

    private final Map<String, ConnectorSnapshot> current = new ConcurrentHashMap<>();
    private volatile boolean caughtUp;
    private volatile boolean running = true;
    private KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    void onStart(@Observes StartupEvent event) {
        consumer = new KafkaConsumer<>(kafka.readerConsumer("openecma-script-worker-connectors"));
        thread = new Thread(this::follow, "connector-snapshots");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean caughtUp() {
        return caughtUp;
    }

    public Map<String, ConnectorSnapshot> current() {
        return Map.copyOf(current);
    }

    private void follow() {
        try {
            List<TopicPartition> partitions = partitions();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    apply(record);
                }
                if (!caughtUp && ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                    caughtUp = true;
                    LOG.infof("connector snapshots read: %s", current.keySet());
                }
            }
        } catch (WakeupException e) {
            // shutting down
        } catch (RuntimeException e) {
            LOG.error("following the connectors topic failed; no connector changes are seen any more", e);
        } finally {
            consumer.close();
        }
    }

    private List<TopicPartition> partitions() {
        while (running) {
            List<PartitionInfo> infos;
            try {
                infos = consumer.partitionsFor(Topics.CONNECTORS, Duration.ofSeconds(10));
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                LOG.warnf("Kafka not reachable yet (%s); still waiting for topic %s", e.getMessage(), Topics.CONNECTORS);
                continue;
            }
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            }
            LOG.infof("waiting for topic %s", Topics.CONNECTORS);
        }
        return List.of();
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        String name = record.key();
        if (record.value() == null) {
            if (name != null && current.remove(name) != null) {
                LOG.infof("connector %s removed", name);
                served.removed(name);
            }
            return;
        }
        ConnectorSnapshot snapshot;
        try {
            snapshot = Json.read(record.value(), ConnectorSnapshot.class);
        } catch (RuntimeException e) {
            LOG.errorf("unreadable connector snapshot at %s-%d@%d ignored: %s", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return;
        }
        ConnectorSnapshot previous = current.get(snapshot.connector());
        if (previous != null && previous.version() > snapshot.version()) {
            return;
        }
        current.put(snapshot.connector(), snapshot);
        served.updated(snapshot);
    }
}
