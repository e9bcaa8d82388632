package io.openecma.core.messaging;

import io.openecma.schemas.topics.TopicSpec;
import io.openecma.schemas.topics.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the topics sync-core needs when they are absent, with the partition counts and
 * compaction {@link Topics} defines (replication: the broker's default). Existing topics are left
 * as they are.
 */
@ApplicationScoped
public class TopicAdmin {

    private static final Logger LOG = Logger.getLogger(TopicAdmin.class);

    @Inject
    KafkaClients kafka;

    private final Set<String> ensured = ConcurrentHashMap.newKeySet();

    public void ensureShared() {
        ensure(Topics.shared());
    }

    public void ensureConnector(String connector) {
        ensure(Topics.forConnector(connector));
    }

    private void ensure(List<TopicSpec> specs) {
        List<TopicSpec> missing = specs.stream().filter(s -> !ensured.contains(s.name())).toList();
        if (missing.isEmpty()) {
            return;
        }
        try (Admin admin = kafka.admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            for (TopicSpec spec : missing) {
                if (!existing.contains(spec.name())) {
                    create(admin, spec);
                }
                ensured.add(spec.name());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create Kafka topics " + missing + ": " + e.getMessage(), e);
        }
    }

    private static void create(Admin admin, TopicSpec spec) throws Exception {
        NewTopic topic = new NewTopic(spec.name(), Optional.of(spec.partitions()), Optional.empty());
        if (spec.compacted()) {
            topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        try {
            admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            LOG.infof("created topic %s (%d partitions%s)", spec.name(), spec.partitions(),
                    spec.compacted() ? ", compacted" : "");
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
