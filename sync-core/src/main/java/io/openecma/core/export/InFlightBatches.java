package io.openecma.core.export;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The export batches this replica sent and has not yet seen a result for, per connector: how the
 * batcher tells a connector whose workers are idle (send at once) from one whose workers are busy
 * (let changes gather into the next batch). A batch counts for at most {@code hold}: one whose
 * result never comes (its worker died; {@link ExportTimeouts} resends it much later) must not
 * hold the connector back.
 */
final class InFlightBatches {

    private final Map<String, Map<UUID, Long>> sent = new ConcurrentHashMap<>();
    private final long holdNanos;

    InFlightBatches(Duration hold) {
        this.holdNanos = hold.toNanos();
    }

    void sent(String connector, UUID batchId) {
        sent.computeIfAbsent(connector, c -> new ConcurrentHashMap<>()).put(batchId, System.nanoTime());
    }

    void finished(String connector, UUID batchId) {
        Map<UUID, Long> batches = sent.get(connector);
        if (batches != null) {
            batches.remove(batchId);
        }
    }

    /** True while fewer than {@code limit} batches of the connector are in flight. */
    boolean hasRoom(String connector, int limit) {
        Map<UUID, Long> batches = sent.get(connector);
        if (batches == null) {
            return true;
        }
        long now = System.nanoTime();
        batches.values().removeIf(sentAt -> now - sentAt > holdNanos);
        return batches.size() < limit;
    }
}
