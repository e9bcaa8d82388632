package io.openecma.password;

import io.openecma.schemas.events.kafka.ConnectorSnapshotFollower;
import io.openecma.schemas.events.kafka.PollLoops;
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
public class ConnectorSnapshots {

    @Inject
    KafkaClients kafka;
    @Inject
    PasswordConsumers consumers;
    @Inject
    PollLoops pollLoops;

    private ConnectorSnapshotFollower follower;

    void onStart(@Observes StartupEvent event) {
        follower = new ConnectorSnapshotFollower(kafka.consumer(null, "openecma-password-worker-connectors", false),
                ConnectorSnapshotFollower.Listener.of(consumers::updated, consumers::removed),
                pollLoops.register("connector-snapshots"));
        follower.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        follower.close();
    }

    public boolean caughtUp() {
        return follower != null && follower.caughtUp();
    }
}
