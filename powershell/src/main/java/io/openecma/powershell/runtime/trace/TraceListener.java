package io.openecma.powershell.runtime.trace;

/**
 * System.Diagnostics.TraceListener: writes one event as "Source Information: 0 : message" and then,
 * indented by four spaces, one line per TraceOptions flag (TraceListener.WriteFooter's order).
 */
public abstract class TraceListener {
    private final String name;
    private volatile int traceOutputOptions = TraceOptions.NONE;

    protected TraceListener(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public int traceOutputOptions() {
        return traceOutputOptions;
    }

    public void setTraceOutputOptions(int options) {
        this.traceOutputOptions = options;
    }

    public String getTraceOutputOptions() {
        return TraceOptions.format(traceOutputOptions);
    }

    /** The text of one line, without its line end. */
    protected abstract void writeLine(String line);

    public void flush() {
    }

    public void close() {
    }

    final synchronized void traceInformation(String source, String message) {
        TraceEventCache cache = new TraceEventCache();
        writeLine(source + " Information: 0 : " + message);
        int o = traceOutputOptions;
        String indent = "    ";
        if ((o & TraceOptions.PROCESS_ID) != 0) {
            writeLine(indent + "ProcessId=" + cache.processId());
        }
        if ((o & TraceOptions.LOGICAL_OPERATION_STACK) != 0) {
            writeLine(indent + "LogicalOperationStack=" + String.join(", ", cache.logicalOperationStack()));
        }
        if ((o & TraceOptions.THREAD_ID) != 0) {
            writeLine(indent + "ThreadId=" + cache.threadId());
        }
        if ((o & TraceOptions.DATE_TIME) != 0) {
            writeLine(indent + "DateTime=" + cache.dateTime());
        }
        if ((o & TraceOptions.TIMESTAMP) != 0) {
            writeLine(indent + "Timestamp=" + cache.timestamp());
        }
        if ((o & TraceOptions.CALLSTACK) != 0) {
            writeLine(indent + "Callstack=" + cache.callstack());
        }
        eventWritten();
    }

    /** After each event: a file listener flushes, so a listener left open (Set-TraceSource) loses nothing. */
    protected void eventWritten() {
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
