package io.openecma.schemas.events.kafka;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The poll loops of one service, for its liveness check. A loop registers when it is built and
 * leaves when it is stopped on purpose (a connector removed), so only loops that should be running
 * are judged.
 */
public final class PollLoops {

    private final Map<LoopHealth, Boolean> loops = new ConcurrentHashMap<>();

    public LoopHealth register(String name) {
        LoopHealth health = new LoopHealth(name);
        loops.put(health, Boolean.TRUE);
        return health;
    }

    public void remove(LoopHealth health) {
        loops.remove(health);
    }

    public List<LoopHealth> all() {
        return loops.keySet().stream().sorted(Comparator.comparing(LoopHealth::name)).toList();
    }

    /** True unless a registered loop is dead. */
    public boolean alive() {
        return loops.keySet().stream().allMatch(LoopHealth::alive);
    }
}
