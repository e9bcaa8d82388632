package io.openecma.core.messaging;

import io.openecma.schemas.topics.TopicSpec;
import io.openecma.schemas.topics.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
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
    /** Largest message on the results and exports topics; producers to them set max.request.size to it. */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

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
                configure(admin, spec);
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
        try {
            admin.createTopics(List.of(new NewTopic(spec.name(), Optional.of(spec.partitions()), Optional.empty())))
                    .all().get(30, TimeUnit.SECONDS);
            LOG.infof("created topic %s (%d partitions)", spec.name(), spec.partitions());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    /**
     * Sets the topic settings sync-core relies on, also on a topic that existed already (e.g.
     * auto-created by a client with the broker's defaults): compaction for the snapshots, and room
     * for large import pages and export batches.
     */
    private static void configure(Admin admin, TopicSpec spec) throws Exception {
        List<AlterConfigOp> ops = new java.util.ArrayList<>();
        if (spec.compacted()) {
            ops.add(new AlterConfigOp(new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                    AlterConfigOp.OpType.SET));
        }
        if (spec.name().equals(Topics.RESULTS) || spec.name().equals(Topics.IMPORT_PAGES)
                || spec.name().startsWith(Topics.EXPORTS_PREFIX)) {
            ops.add(new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES)),
                    AlterConfigOp.OpType.SET));
        }
        if (!ops.isEmpty()) {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, spec.name()), ops))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }
}
