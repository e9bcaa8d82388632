package io.openecma.powershell.runtime.trace;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * [System.Management.Automation.PSTraceSource]: a named trace category with its options (what it
 * traces) and its listeners. Off (options None, no listeners) costs one volatile read per call.
 * Lines are indented four spaces per open scope of the current thread (StructuredTraceSource.cs).
 */
public final class PSTraceSource {
    private static final ThreadLocal<int[]> INDENT = ThreadLocal.withInitial(() -> new int[1]);
    private final String name;
    private final String description;
    private volatile int options = PSTraceSourceOptions.NONE;
    private final List<TraceListener> listeners = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Boolean> alreadyTracing = ThreadLocal.withInitial(() -> false);

    PSTraceSource(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public String getFullName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int options() {
        return options;
    }

    public void setOptions(int options) {
        this.options = options;
    }

    /** The Options property as PowerShell shows it (the enum's name). */
    public String getOptions() {
        return PSTraceSourceOptions.format(options);
    }

    public List<TraceListener> listeners() {
        return listeners;
    }

    public List<TraceListener> getListeners() {
        return List.copyOf(listeners);
    }

    public boolean isOn(int flag) {
        return (options & flag) != 0 && !listeners.isEmpty();
    }

    /** WriteLine(format, args): traced when the WriteLine option is on. */
    public void writeLine(String format, Object... args) {
        if (isOn(PSTraceSourceOptions.WRITE_LINE)) {
            output(format(format, args));
        }
    }

    /** TraceScope: writes the line when the Scope option is on and indents the lines inside. */
    public Scope scope(String format, Object... args) {
        if (!isOn(PSTraceSourceOptions.SCOPE)) {
            return Scope.NONE;
        }
        output(format(format, args));
        INDENT.get()[0]++;
        return Scope.OPEN;
    }

    private static String format(String format, Object... args) {
        String s = format;
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    private void output(String line) {
        if (alreadyTracing.get()) {
            return;
        }
        alreadyTracing.set(true);
        try {
            String text = "    ".repeat(INDENT.get()[0]) + line;
            for (TraceListener l : listeners) {
                l.traceInformation(name, text);
            }
        } finally {
            alreadyTracing.set(false);
        }
    }

    /** An open trace scope; closing it undoes its indent. */
    public enum Scope implements AutoCloseable {
        NONE, OPEN;

        @Override
        public void close() {
            if (this == OPEN) {
                int[] level = INDENT.get();
                level[0] = Math.max(0, level[0] - 1);
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
