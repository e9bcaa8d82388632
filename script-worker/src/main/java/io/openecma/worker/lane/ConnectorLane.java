package io.openecma.worker.lane;

import io.openecma.schemas.events.ConnectorSnapshot;

import java.util.List;
import java.util.Objects;

/** One served connector: its consumers on the exports and imports topics, started and stopped together. */
public final class ConnectorLane {

    private final ConnectorSnapshot snapshot;
    private final List<RecordLoop> loops;

    ConnectorLane(ConnectorSnapshot snapshot, List<RecordLoop> loops) {
        this.snapshot = snapshot;
        this.loops = List.copyOf(loops);
    }

    void start() {
        loops.forEach(RecordLoop::start);
    }

    /** Whether this lane already runs this definition with this schema. */
    public boolean serves(ConnectorSnapshot other) {
        return snapshot.contentHash().equals(other.contentHash()) && Objects.equals(snapshot.schema(), other.schema());
    }

    public void stop() {
        loops.parallelStream().forEach(RecordLoop::stop);
    }
}
