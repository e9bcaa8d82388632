package io.openecma.schemas.events.kafka;

import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.topics.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the current connector definitions in memory by following the compacted
 * {@link Topics#CONNECTORS} topic (key connector name) from its start, by assignment and without a
 * consumer group, so every replica of every service knows every connector.
 * <p>
 * {@link #caughtUp()} turns true once everything that was in the topic when reading began has been
 * applied: "ready" then means "every connector is known". A tombstone removes a connector; a
 * snapshot older (lower {@code version}) than the one held is stale and ignored; a record that
 * cannot be read is logged with its key and skipped, a listener that throws is logged with the
 * connector, and following goes on either way. Listeners run on the follower's own thread, one record at a time, in topic order.
 * <p>
 * A retriable Kafka error ({@link PollFailures}) is logged and polling goes on after a backoff; a
 * fatal one ends following and marks its {@link LoopHealth} dead, which the service's liveness
 * check reports, so the process is restarted rather than left blind to connector changes.
 */
public final class ConnectorSnapshotFollower implements AutoCloseable {

    /** What a service does when a connector appears, changes or goes away; each does nothing by default. */
    public interface Listener {

        default void added(ConnectorSnapshot snapshot) {
        }

        /** A newer snapshot of a known connector (a republished, identical one included). */
        default void changed(ConnectorSnapshot previous, ConnectorSnapshot current) {
        }

        default void removed(ConnectorSnapshot last) {
        }

        /** A listener for services that treat a new and a changed connector alike: both reach {@code updated}. */
        static Listener of(java.util.function.Consumer<ConnectorSnapshot> updated,
                           java.util.function.Consumer<String> removed) {
            return new Listener() {
                @Override
                public void added(ConnectorSnapshot snapshot) {
                    updated.accept(snapshot);
                }

                @Override
                public void changed(ConnectorSnapshot previous, ConnectorSnapshot current) {
                    updated.accept(current);
                }

                @Override
                public void removed(ConnectorSnapshot last) {
                    removed.accept(last.connector());
                }
            };
        }
    }

    private static final System.Logger LOG = System.getLogger(ConnectorSnapshotFollower.class.getName());
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration TOPIC_RETRY = Duration.ofSeconds(1);

    private final Consumer<String, byte[]> consumer;
    private final Listener listener;
    private final LoopHealth health;
    private final Map<String, ConnectorSnapshot> current = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean started;
    private volatile boolean caughtUp;

    /**
     * @param clientConfig the service's Kafka client settings (bootstrap servers, client id, security);
     *                     a group id is dropped and the deserializers are set here
     */
    public ConnectorSnapshotFollower(Map<String, Object> clientConfig, Listener listener) {
        this(clientConfig, listener, new LoopHealth("connector-snapshots"));
    }

    /** @param health where this follower reports whether it still follows (the service's {@link PollLoops}) */
    public ConnectorSnapshotFollower(Map<String, Object> clientConfig, Listener listener, LoopHealth health) {
        this(new KafkaConsumer<>(readerConfig(clientConfig)), listener, health);
    }

    /** With a consumer of the caller's (a test's {@code MockConsumer}). */
    public ConnectorSnapshotFollower(Consumer<String, byte[]> consumer, Listener listener, LoopHealth health) {
        this.consumer = consumer;
        this.listener = listener;
        this.health = health;
        this.thread = new Thread(this::follow, "connector-snapshots");
        this.thread.setDaemon(true);
    }

    private static Map<String, Object> readerConfig(Map<String, Object> clientConfig) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return config;
    }

    public LoopHealth health() {
        return health;
    }

    public void start() {
        started = true;
        thread.start();
    }

    /** True once every snapshot that was in the topic when reading began has been applied. */
    public boolean caughtUp() {
        return caughtUp;
    }

    /** The connector of exactly this name (case-sensitive). */
    public Optional<ConnectorSnapshot> find(String connector) {
        return Optional.ofNullable(current.get(connector));
    }

    public Map<String, ConnectorSnapshot> current() {
        return Map.copyOf(current);
    }

    /** Stops following and closes the consumer; waits a bounded time for a listener call in progress. */
    @Override
    public void close() {
        running = false;
        if (!started) {
            consumer.close(Duration.ZERO);
            return;
        }
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void follow() {
        try {
            List<TopicPartition> partitions = partitions();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (running) {
                try {
                    pollOnce(ends);
                    health.polled();
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    if (PollFailures.isFatal(e)) {
                        throw e;
                    }
                    LOG.log(Level.WARNING, "following the connectors topic: " + e + "; polling again after a pause");
                    LoopHealth.pause(health.retrying(e), () -> running);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException | Error e) {
            health.failed(e);
            LOG.log(Level.ERROR, "following the connectors topic failed; no connector changes are seen any more,"
                    + " so the service reports itself not alive", e);
        } finally {
            health.ended(!running);
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void pollOnce(Map<TopicPartition, Long> ends) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
            apply(record);
        }
        if (!caughtUp && ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
            caughtUp = true;
            log(Level.INFO, "connectors topic read to its end: %s", current.keySet());
        }
    }

    /** The topic's partitions, waiting while Kafka is unreachable or the topic does not exist yet. */
    private List<TopicPartition> partitions() {
        while (running) {
            List<PartitionInfo> infos;
            try {
                infos = consumer.partitionsFor(Topics.CONNECTORS, Duration.ofSeconds(10));
            } catch (TimeoutException e) {
                log(Level.WARNING, "Kafka not reachable yet (%s); still waiting for topic %s", e.getMessage(),
                        Topics.CONNECTORS);
                continue;
            } catch (WakeupException e) {
                throw e;
            } catch (RuntimeException e) {
                if (PollFailures.isFatal(e)) {
                    throw e;
                }
                log(Level.WARNING, "topic %s cannot be described yet (%s); trying again", Topics.CONNECTORS, e);
                LoopHealth.pause(health.retrying(e), () -> running);
                continue;
            }
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            }
            log(Level.INFO, "waiting for topic %s", Topics.CONNECTORS);
            pause();
        }
        return List.of();
    }

    private void pause() {
        try {
            Thread.sleep(TOPIC_RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        String key = record.key();
        if (record.value() == null) {
            ConnectorSnapshot last = key == null ? null : current.remove(key);
            if (last != null) {
                log(Level.INFO, "connector %s removed", key);
                tell(key, () -> listener.removed(last));
            }
            return;
        }
        ConnectorSnapshot snapshot;
        try {
            snapshot = Json.read(record.value(), ConnectorSnapshot.class);
        } catch (RuntimeException e) {
            log(Level.ERROR, "unreadable connector snapshot with key %s at %s-%d@%d skipped: %s", key, record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            return;
        }
        String name = snapshot.connector();
        ConnectorSnapshot previous = current.get(name);
        if (previous == null) {
            current.put(name, snapshot);
            tell(name, () -> listener.added(snapshot));
        } else if (snapshot.version() < previous.version()) {
            log(Level.WARNING, "connector %s: stale snapshot version %d ignored (version %d is held)", name,
                    snapshot.version(), previous.version());
        } else {
            current.put(name, snapshot);
            tell(name, () -> listener.changed(previous, snapshot));
        }
    }

    /**
     * A listener that fails is the service's problem with one connector, not a reason to stop
     * following. That includes a class that cannot be linked for that connector (a LinkageError):
     * it must not leave the service blind to every other connector.
     */
    private static void tell(String connector, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.ERROR, String.format("connector %s: listener failed: %s", connector, e.getMessage()), e);
        }
    }

    private static void log(Level level, String format, Object... args) {
        if (LOG.isLoggable(level)) {
            LOG.log(level, String.format(format, args));
        }
    }
}
