package io.openecma.worker.lane;

import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.kafka.PollLoops;

import java.util.List;

/** One served connector: its consumers on the exports and imports topics, started and stopped together. */
public final class ConnectorLane {

    private final ConnectorContext context;
    private final List<RecordLoop> loops;
    private final PollLoops registry;

    ConnectorLane(ConnectorContext context, List<RecordLoop> loops, PollLoops registry) {
        this.context = context;
        this.loops = List.copyOf(loops);
        this.registry = registry;
    }

    void start() {
        loops.forEach(RecordLoop::start);
    }

    /** Whether this lane runs this definition (a new schema alone does not need new consumers). */
    public boolean runs(ConnectorSnapshot other) {
        return context.snapshot().contentHash().equals(other.contentHash());
    }

    /** The schema sync-core stored; sessions opened from now on get it as $Types. */
    public void schemaChanged(ConnectorSnapshot other) {
        if (other.schema() != null) {
            context.stored(other.schema());
        }
    }

    public void stop() {
        loops.parallelStream().forEach(RecordLoop::stop);
        // stopped on purpose: no longer judged by the liveness check
        loops.forEach(loop -> registry.remove(loop.health()));
    }
}
