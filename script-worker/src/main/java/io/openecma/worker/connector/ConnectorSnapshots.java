package io.openecma.worker.connector;

import io.openecma.schemas.events.kafka.ConnectorSnapshotFollower;
import io.openecma.schemas.events.kafka.PollLoops;
import io.openecma.worker.kafka.KafkaSettings;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Every connector from the connectors topic, followed by {@link ConnectorSnapshotFollower}: a new or
 * changed snapshot goes to {@link ServedConnectors#updated}, a removal to
 * {@link ServedConnectors#removed}. Ready once the topic has been read to the end it had at start.
 */
@ApplicationScoped
public class ConnectorSnapshots {

    @Inject
    KafkaSettings kafka;
    @Inject
    ServedConnectors served;
    @Inject
    PollLoops pollLoops;

    private ConnectorSnapshotFollower follower;

    void onStart(@Observes StartupEvent event) {
        follower = new ConnectorSnapshotFollower(kafka.readerConsumer("openecma-script-worker-connectors"),
                ConnectorSnapshotFollower.Listener.of(served::updated, served::removed),
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
