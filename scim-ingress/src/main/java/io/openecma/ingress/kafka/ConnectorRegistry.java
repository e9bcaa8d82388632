package io.openecma.ingress.kafka;

import io.openecma.ingress.mapping.ConnectorModel;
import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.topics.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The connectors this ingress serves, from sync-core's compacted {@code openecma.connectors} topic,
 * read whole from the beginning by every replica. A tombstone removes a connector.
 */
@ApplicationScoped
public class ConnectorRegistry {

    private static final Logger LOG = Logger.getLogger(ConnectorRegistry.class);

    private final Map<String, ConnectorModel> connectors = new ConcurrentHashMap<>();
    private TopicFollower follower;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    void start(@Observes StartupEvent event) {
        follower = new TopicFollower(bootstrapServers, Topics.CONNECTORS, "scim-ingress-connectors", true,
                this::accept);
        follower.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (follower != null) {
            follower.close();
        }
    }

    private void accept(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            if (record.key() != null && connectors.remove(record.key()) != null) {
                LOG.infof("connector %s removed", record.key());
            }
            return;
        }
        ConnectorSnapshot snapshot = Json.read(record.value(), ConnectorSnapshot.class);
        ConnectorModel model = ConnectorModel.from(snapshot);
        connectors.put(snapshot.connector(), model);
        LOG.infof("connector %s: snapshot version %d (%s)", snapshot.connector(), snapshot.version(),
                snapshot.schema() == null ? "schema not yet discovered" : "schema known");
    }

    /** The connector of exactly this name (case-sensitive, as ECMA2Host). */
    public Optional<ConnectorModel> find(String name) {
        return Optional.ofNullable(connectors.get(name));
    }

    /** True once every snapshot that was in the topic at start has been read. */
    public boolean loaded() {
        return follower != null && follower.caughtUp();
    }
}
