package io.openecma.worker.connector;

import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.kafka.ConnectorSnapshotFollower;
import io.openecma.worker.kafka.KafkaSettings;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Every connector from the connectors topic, followed by {@link ConnectorSnapshotFollower}; each
 * snapshot starts or updates the connector's lanes, a removal stops them. Ready once the topic has
 * been read to the end it had at start.
 */
@ApplicationScoped
public class ConnectorSnapshots implements ConnectorSnapshotFollower.Listener {

    @Inject
    KafkaSettings kafka;
    @Inject
    ServedConnectors served;

    private ConnectorSnapshotFollower follower;

    void onStart(@Observes StartupEvent event) {
        follower = new ConnectorSnapshotFollower(kafka.readerConsumer("openecma-script-worker-connectors"), this);
        follower.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        follower.close();
    }

    public boolean caughtUp() {
        return follower != null && follower.caughtUp();
    }

    @Override
    public void added(ConnectorSnapshot snapshot) {
        served.updated(snapshot);
    }

    @Override
    public void changed(ConnectorSnapshot previous, ConnectorSnapshot current) {
        served.updated(current);
    }

    @Override
    public void removed(ConnectorSnapshot last) {
        served.removed(last.connector());
    }
}
