package io.openecma.worker.connector;

import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.worker.WorkerSettings;
import io.openecma.worker.lane.ConnectorLane;
import io.openecma.worker.lane.LaneFactory;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The connectors this worker serves (configured names, or all): one lane each, started when its
 * snapshot arrives, restarted when its definition changes (a new schema is handed to the running
 * lane), stopped when it goes away.
 */
@ApplicationScoped
public class ServedConnectors {

    private static final Logger LOG = Logger.getLogger(ServedConnectors.class);

    @Inject
    WorkerSettings settings;
    @Inject
    LaneFactory lanes;

    private final Map<String, ConnectorLane> running = new HashMap<>();
    private boolean stopped;

    public synchronized void updated(ConnectorSnapshot snapshot) {
        if (stopped || !serves(snapshot.connector())) {
            return;
        }
        ConnectorLane lane = running.get(snapshot.connector());
        if (lane != null && lane.runs(snapshot)) {
            lane.schemaChanged(snapshot);
            return;
        }
        if (lane != null) {
            LOG.infof("connector %s changed (version %d); restarting its consumers", snapshot.connector(), snapshot.version());
            lane.stop();
        }
        try {
            running.put(snapshot.connector(), lanes.start(snapshot));
        } catch (RuntimeException e) {
            running.remove(snapshot.connector());
            LOG.errorf(e, "connector %s cannot be served: %s", snapshot.connector(), e.getMessage());
        }
    }

    public synchronized void removed(String connector) {
        ConnectorLane lane = running.remove(connector);
        if (lane != null) {
            lane.stop();
        }
    }

    public synchronized Set<String> servedNames() {
        return Set.copyOf(running.keySet());
    }

    /** Before the beans go away: finish or hand back every connector's in-flight work. */
    void onStop(@Observes @Priority(1) ShutdownEvent event) {
        List<ConnectorLane> all;
        synchronized (this) {
            stopped = true;
            all = List.copyOf(running.values());
            running.clear();
        }
        all.parallelStream().forEach(ConnectorLane::stop);
    }

    private boolean serves(String connector) {
        List<String> names = settings.connectors();
        return names.contains("*") || names.stream().anyMatch(n -> n.trim().equalsIgnoreCase(connector));
    }
}
