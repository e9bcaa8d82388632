package io.openecma.ingress.kafka;

import io.openecma.ingress.mapping.ConnectorModel;
import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.kafka.ConnectorSnapshotFollower;
import io.openecma.schemas.events.kafka.PollLoops;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import io.openecma.schemas.events.kafka.BrokerSettings;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The connectors this ingress serves, from sync-core's compacted {@code openecma.connectors} topic
 * as {@link ConnectorSnapshotFollower} reads it (whole, from the beginning, by every replica). A
 * snapshot that cannot be mapped to a {@link ConnectorModel} leaves the connector as it was.
 */
@ApplicationScoped
public class ConnectorRegistry {

    private static final Logger LOG = Logger.getLogger(ConnectorRegistry.class);

    private final Map<String, ConnectorModel> connectors = new ConcurrentHashMap<>();
    private ConnectorSnapshotFollower follower;

    /** Every kafka.* setting of the service (security included), see {@link BrokerSettings}. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> broker;
    @Inject
    PollLoops pollLoops;

    void start(@Observes StartupEvent event) {
        Map<String, Object> settings = BrokerSettings.copy(broker);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "scim-ingress-connectors");
        follower = new ConnectorSnapshotFollower(settings,
                ConnectorSnapshotFollower.Listener.of(this::accept, connectors::remove),
                pollLoops.register("connector-snapshots"));
        follower.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (follower != null) {
            follower.close();
        }
    }

    private void accept(ConnectorSnapshot snapshot) {
        connectors.put(snapshot.connector(), ConnectorModel.from(snapshot));
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
