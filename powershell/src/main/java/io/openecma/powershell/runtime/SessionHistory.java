package io.openecma.powershell.runtime;

import io.openecma.powershell.types.history.HistoryInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A runspace's command history (History.cs): the pipelines a host submitted with AddToHistory and what
 * Add-History added, numbered from 1; ids are never reused after Clear-History. A submitted pipeline is
 * added when it ends, unless Add-History adds it first (LocalPipeline.AddHistoryEntryFromAddHistoryCmdlet).
 * It also remembers which entries Invoke-History is running, to refuse a loop.
 */
public final class SessionHistory {
    private final List<HistoryInfo> entries = new ArrayList<>();
    private final Set<Long> invoking = new HashSet<>();
    private long lastId;
    /** The submitted pipeline now running, not yet in the list (null when none). */
    private HistoryInfo pending;
    private long pendingId;

    /** A submitted pipeline starts. */
    public synchronized void begin(HistoryInfo entry) {
        pending = entry;
        pendingId = 0;
    }

    /** Adds the running pipeline now (Add-History's begin), once. */
    public synchronized void commitPending() {
        if (pending != null && pendingId == 0) {
            pendingId = add(pending).getId();
        }
    }

    /** Invoke-History: the running pipeline is recorded as the command it re-ran. */
    public synchronized void replacePendingLine(String line) {
        if (pending == null) {
            return;
        }
        pending = pending.withCommandLine(line);
        if (pendingId != 0) {
            replace(find(pendingId).withCommandLine(line));
        }
    }

    /** The submitted pipeline ended: adds it (or completes the entry Add-History added). */
    public synchronized void end(java.util.function.UnaryOperator<HistoryInfo> complete) {
        if (pending == null) {
            return;
        }
        if (pendingId != 0) {
            HistoryInfo added = find(pendingId);
            if (added != null) {
                replace(complete.apply(added));
            }
        } else {
            add(complete.apply(pending));
        }
        pending = null;
        pendingId = 0;
    }

    public synchronized HistoryInfo add(HistoryInfo entry) {
        HistoryInfo numbered = entry.withId(++lastId);
        entries.add(numbered);
        return numbered;
    }

    public synchronized List<HistoryInfo> entries() {
        return new ArrayList<>(entries);
    }

    public synchronized HistoryInfo find(long id) {
        return entries.stream().filter(e -> e.getId() == id).findFirst().orElse(null);
    }

    public synchronized void remove(HistoryInfo entry) {
        entries.removeIf(e -> e.getId() == entry.getId());
    }

    public synchronized void replace(HistoryInfo entry) {
        entries.replaceAll(e -> e.getId() == entry.getId() ? entry : e);
    }

    public synchronized long lastId() {
        return lastId;
    }

    /** Marks an entry as being re-run; false when it already is (Invoke-History loop). */
    public synchronized boolean startInvoking(long id) {
        return invoking.add(id);
    }

    public synchronized void stopInvoking(long id) {
        invoking.remove(id);
    }
}
