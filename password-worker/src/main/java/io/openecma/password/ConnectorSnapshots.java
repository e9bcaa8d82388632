package io.openecma.password;

import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.kafka.ConnectorSnapshotFollower;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Every connector from the connectors topic, followed by {@link ConnectorSnapshotFollower}; tells
 * {@link PasswordConsumers} what appeared, changed or went away. Ready once the topic has been read
 * to the end it had at start.
 */
@ApplicationScoped
public class ConnectorSnapshots implements ConnectorSnapshotFollower.Listener {

    @Inject
    KafkaClients kafka;
    @Inject
    PasswordConsumers consumers;

    private ConnectorSnapshotFollower follower;

    void onStart(@Observes StartupEvent event) {
        follower = new ConnectorSnapshotFollower(kafka.consumer(null, "openecma-password-worker-connectors", false), this);
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
        consumers.updated(snapshot);
    }

    @Override
    public void changed(ConnectorSnapshot previous, ConnectorSnapshot current) {
        consumers.updated(current);
    }

    @Override
    public void removed(ConnectorSnapshot last) {
        consumers.removed(last.connector());
    }
}
