package io.openecma.testsupport.local;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import io.openecma.schemas.topics.TopicSpec;
import io.openecma.schemas.topics.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/** Creates the topics an installation needs (shared ones plus each connector's) if missing. */
final class LocalTopics {

    private LocalTopics() {
    }

    /** Returns the names of the topics it created. */
    static List<String> ensure(Map<String, Object> clientSettings, List<String> connectors) {
        Object bootstrapServers = clientSettings.get("bootstrap.servers");
        List<TopicSpec> wanted = Stream.concat(Topics.shared().stream(),
                connectors.stream().flatMap(connector -> Topics.forConnector(connector).stream())).toList();
        try (Admin admin = Admin.create(clientSettings)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = wanted.stream()
                    .filter(spec -> !existing.contains(spec.name()))
                    .map(LocalTopics::newTopic)
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while creating topics");
        } catch (ExecutionException e) {
            throw new LocalStackException("cannot create topics on " + bootstrapServers + ": " + e.getCause(), e);
        }
    }

    private static NewTopic newTopic(TopicSpec spec) {
        NewTopic topic = new NewTopic(spec.name(), spec.partitions(), (short) 1);
        return spec.compacted() ? topic.configs(Map.of("cleanup.policy", "compact")) : topic;
    }
}
