package io.openecma.core.console;

import io.openecma.core.messaging.KafkaClients;
import io.openecma.schemas.topics.Topics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What Kafka knows about the script-workers: the members of a connector's consumer group (one
 * script-worker instance has several, one per session) and how far they are behind on its export
 * topic. Answers are bounded by a short timeout; Kafka not answering shows as "unknown".
 */
@ApplicationScoped
public class WorkerDirectory {

    private static final Logger LOG = Logger.getLogger(WorkerDirectory.class);
    private static final long TIMEOUT_SECONDS = 3;
    /** Client ids are {@code <workerId>-<instance>-<thread>}; the thread part names the session. */
    private static final String SESSION_SUFFIX = "-(export|import)-.*$";

    @Inject
    KafkaClients clients;

    private Admin admin;

    /** The script-worker instances in the connector's group (worker id and instance), sorted; null when Kafka did not answer. */
    public List<String> workers(String connector) {
        try {
            String group = group(connector);
            ConsumerGroupDescription description = admin().describeConsumerGroups(List.of(group))
                    .describedGroups().get(group).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return description.members().stream().map(MemberDescription::clientId)
                    .map(id -> id.replaceFirst(SESSION_SUFFIX, ""))
                    .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
        } catch (Exception e) {
            LOG.debugf("workers of %s unknown: %s", connector, e.toString());
            return null;
        }
    }

    /** Export messages not yet consumed by the connector's workers; empty when Kafka did not answer. */
    public OptionalLong exportLag(String connector) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(group(connector))
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            String topic = Topics.exports(connector);
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            for (int p = 0; p < Topics.EXPORTS_PARTITIONS; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            var ends = admin().listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long lag = 0;
            for (var end : ends.entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += Math.max(0, end.getValue().offset() - (done == null ? 0 : done.offset()));
            }
            return OptionalLong.of(lag);
        } catch (Exception e) {
            LOG.debugf("export lag of %s unknown: %s", connector, e.toString());
            return OptionalLong.empty();
        }
    }

    private static String group(String connector) {
        return "openecma-script-worker-" + connector;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = clients.admin();
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
