package io.openecma.powershell.runtime.trace;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * System.Diagnostics.TraceEventCache: what is known about the moment of one trace event, written
 * by a listener's footer according to its TraceOptions.
 */
final class TraceEventCache {
    private static final DateTimeFormatter ROUND_TRIP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final Instant now = Instant.now();
    private final long timestamp = System.nanoTime();

    long processId() {
        return ProcessHandle.current().pid();
    }

    /** The managed thread id, as [Threading.Thread]::CurrentThread.ManagedThreadId reports it. */
    String threadId() {
        return Long.toString(Thread.currentThread().getId());
    }

    /** DateTime.UtcNow in the round-trip ("o") format. */
    String dateTime() {
        return ROUND_TRIP.format(now);
    }

    /** Stopwatch.GetTimestamp(): a monotonic tick count. */
    long timestamp() {
        return timestamp;
    }

    /** The logical operation stack's items, top first. */
    List<String> logicalOperationStack() {
        List<String> items = new ArrayList<>();
        for (Object o : CorrelationManager.current().getLogicalOperationStack()) {
            items.add(io.openecma.powershell.runtime.LanguagePrimitives.toStringValue(o));
        }
        return items;
    }

    /** Environment.StackTrace: here the engine's own (Java) call stack. */
    String callstack() {
        StringBuilder sb = new StringBuilder();
        for (StackTraceElement e : Thread.currentThread().getStackTrace()) {
            sb.append("\n   at ").append(e);
        }
        return sb.length() == 0 ? "" : sb.substring(1);
    }
}
