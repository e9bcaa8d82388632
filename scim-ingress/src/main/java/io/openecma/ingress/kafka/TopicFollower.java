package io.openecma.ingress.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
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

/**
 * Reads the partitions of one topic that its consumer group gives this process, from the moment
 * they are assigned (nothing is committed: what was published before is not this replica's), on
 * a thread of its own. The group is shared by the ingress replicas, so each partition has one
 * reader; {@link #partitions()} tells which are this replica's, and {@code revoked} hears of
 * partitions taken away. A failure of the poll loop is logged and the loop starts over after a
 * pause: it never ends silently while the service runs.
 */
final class TopicFollower implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TopicFollower.class);
    private static final Duration RESTART_PAUSE = Duration.ofSeconds(1);

    private final String topic;
    private final Map<String, Object> props;
    private final Consumer<ConsumerRecord<String, byte[]>> handler;
    private final Consumer<Collection<Integer>> revoked;
    private final Set<Integer> partitions = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;

    /** @param settings the service's Kafka settings ({@code BrokerSettings}); the consumer's own are added here */
    TopicFollower(Map<String, Object> settings, String topic, String groupId,
                  Consumer<ConsumerRecord<String, byte[]>> handler, Consumer<Collection<Integer>> revoked) {
        this.topic = topic;
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
        while (running) {
            try {
                follow();
            } catch (WakeupException e) {
                return; // closing
            } catch (KafkaException | IllegalStateException e) {
                LOG.errorf(e, "following %s failed; starting over", topic);
                giveUpPartitions();
                pause();
            }
        }
    }

    private void follow() {
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(props)) {
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
                for (ConsumerRecord<String, byte[]> record : c.poll(Duration.ofMillis(500))) {
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

    private void pause() {
        try {
            Thread.sleep(RESTART_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
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
