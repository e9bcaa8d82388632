package io.openecma.powershell.runtime.trace;

import io.openecma.powershell.runtime.ExecutionContext;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * [System.Management.Automation.PSTraceSource]: a named trace category with its options (what it
 * traces) and its listeners. PowerShell keeps one per process; here each engine (ExecutionContext)
 * has its own options and listeners, so one script's trace never reaches another script's file.
 * Off everywhere, a trace point costs one volatile read. Lines are indented four spaces per open
 * scope of the current thread (StructuredTraceSource.cs).
 */
public final class PSTraceSource {
    private static final ThreadLocal<int[]> INDENT = ThreadLocal.withInitial(() -> new int[1]);
    private static final Object NO_ENGINE = new Object();
    private final String name;
    private final String description;
    /** Engines whose options for this source are not None: the fast path when zero. */
    private final AtomicInteger engagedEngines = new AtomicInteger();
    private final Map<Object, State> states = new WeakHashMap<>();
    private final ThreadLocal<Boolean> alreadyTracing = ThreadLocal.withInitial(() -> false);

    /** One engine's options and listeners for this source. */
    private static final class State {
        private int options = PSTraceSourceOptions.NONE;
        private final List<TraceListener> listeners = new CopyOnWriteArrayList<>();
    }

    PSTraceSource(String name, String description) {
        this.name = name;
        this.description = description;
    }

    private State state() {
        Object owner = ExecutionContext.currentOrNull();
        synchronized (states) {
            return states.computeIfAbsent(owner == null ? NO_ENGINE : owner, k -> new State());
        }
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
        return engagedEngines.get() == 0 ? PSTraceSourceOptions.NONE : state().options;
    }

    public void setOptions(int options) {
        State s = state();
        synchronized (s) {
            if ((s.options == PSTraceSourceOptions.NONE) != (options == PSTraceSourceOptions.NONE)) {
                engagedEngines.addAndGet(options == PSTraceSourceOptions.NONE ? -1 : 1);
            }
            s.options = options;
        }
    }

    /** The Options property as PowerShell shows it (the enum's name). */
    public String getOptions() {
        return PSTraceSourceOptions.format(options());
    }

    /** This engine's listeners, to add to or remove from. */
    public List<TraceListener> listeners() {
        return state().listeners;
    }

    /** The Listeners property (a TraceListenerCollection in .NET): this engine's listeners. */
    public TraceListener[] getListeners() {
        return listeners().toArray(new TraceListener[0]);
    }

    public boolean isOn(int flag) {
        if (engagedEngines.get() == 0) {
            return false;
        }
        State s = state();
        return (s.options & flag) != 0 && !s.listeners.isEmpty();
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
            for (TraceListener l : listeners()) {
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
