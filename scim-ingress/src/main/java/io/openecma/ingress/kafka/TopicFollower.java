package io.openecma.ingress.kafka;

import io.openecma.schemas.events.kafka.LoopHealth;
import io.openecma.schemas.events.kafka.PollFailures;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads the partitions of one topic that its consumer group gives this process, from the moment
 * they are assigned (nothing is committed: what was published before is not this replica's), on
 * a thread of its own. The group is shared by the ingress replicas, so each partition has one
 * reader; {@link #partitions()} tells which are this replica's, and {@code revoked} hears of
 * partitions taken away. A retriable Kafka error ({@link PollFailures}) is logged and the loop
 * starts over with a new consumer after a backoff; a fatal one ends it and marks its
 * {@link LoopHealth} dead, which turns the ingress's liveness DOWN: it never ends silently.
 */
final class TopicFollower implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TopicFollower.class);

    private final String topic;
    private final Map<String, Object> props;
    private final Consumer<ConsumerRecord<String, byte[]>> handler;
    private final Consumer<Collection<Integer>> revoked;
    private final Set<Integer> partitions = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private final LoopHealth health;
    private final Function<Map<String, Object>, org.apache.kafka.clients.consumer.Consumer<String, byte[]>> consumers;
    private volatile boolean running = true;
    private volatile org.apache.kafka.clients.consumer.Consumer<String, byte[]> consumer;

    /** @param settings the service's Kafka settings ({@code BrokerSettings}); the consumer's own are added here */
    TopicFollower(Map<String, Object> settings, String topic, String groupId,
                  Consumer<ConsumerRecord<String, byte[]>> handler, Consumer<Collection<Integer>> revoked, LoopHealth health) {
        this(settings, topic, groupId, handler, revoked, health, KafkaConsumer::new);
    }

    /** @param consumers builds each consumer from its settings (a test's {@code MockConsumer}) */
    TopicFollower(Map<String, Object> settings, String topic, String groupId,
                  Consumer<ConsumerRecord<String, byte[]>> handler, Consumer<Collection<Integer>> revoked, LoopHealth health,
                  Function<Map<String, Object>, org.apache.kafka.clients.consumer.Consumer<String, byte[]>> consumers) {
        this.topic = topic;
        this.health = health;
        this.consumers = consumers;
        this.handler = handler;
        this.revoked = revoked;
        props = new HashMap<>(settings);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        // a replica that stopped leaves the group at once; one that crashed is noticed within 10 s
        // (not Kafka's default 45 s), and its partitions go to the others
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // a replica joining or leaving moves only the partitions that must move
        props.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        this.thread = new Thread(this::run, "follow-" + topic);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** The partitions this replica reads now, positioned (nothing published from now on is missed). */
    Set<Integer> partitions() {
        return partitions;
    }

    private void run() {
        try {
            while (running) {
                try {
                    follow();
                } catch (WakeupException e) {
                    return; // closing
                } catch (RuntimeException e) {
                    if (PollFailures.isFatal(e)) {
                        throw e;
                    }
                    LOG.warnf("following %s: %s; starting over after a pause", topic, e);
                    giveUpPartitions();
                    if (!LoopHealth.pause(health.retrying(e), () -> running)) {
                        running = false;
                    }
                }
            }
        } catch (RuntimeException | Error e) {
            health.failed(e);
            LOG.errorf(e, "following %s failed for good; this replica reports itself not alive so it is restarted", topic);
        } finally {
            health.ended(!running);
        }
    }

    private void follow() {
        try (org.apache.kafka.clients.consumer.Consumer<String, byte[]> c = consumers.apply(props)) {
            consumer = c;
            c.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> taken) {
                    List<Integer> numbers = taken.stream().map(TopicPartition::partition).toList();
                    numbers.forEach(partitions::remove);
                    revoked.accept(numbers);
                }

                @Override
                public void onPartitionsLost(Collection<TopicPartition> lost) {
                    onPartitionsRevoked(lost);
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> given) {
                    // resolve the positions now, so nothing published from here on is missed
                    given.forEach(c::position);
                    given.forEach(p -> partitions.add(p.partition()));
                }
            });
            while (running) {
                ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(500));
                health.polled();
                for (ConsumerRecord<String, byte[]> record : records) {
                    try {
                        handler.accept(record);
                    } catch (RuntimeException e) {
                        LOG.errorf("%s record at %s-%d@%d skipped: %s", topic, record.topic(), record.partition(),
                                record.offset(), e.getMessage());
                    }
                }
            }
        } finally {
            consumer = null;
            giveUpPartitions();
        }
    }

    private void giveUpPartitions() {
        List<Integer> held = List.copyOf(partitions);
        partitions.clear();
        if (!held.isEmpty()) {
            revoked.accept(held);
        }
    }

    @Override
    public void close() {
        running = false;
        org.apache.kafka.clients.consumer.Consumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
