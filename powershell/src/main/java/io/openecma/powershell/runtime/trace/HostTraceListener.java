package io.openecma.powershell.runtime.trace;

import java.util.function.Consumer;

/** PSHostTraceListener (-PSHost): each line goes to the host as a debug line ("DEBUG: ..."). */
public final class HostTraceListener extends TraceListener {
    private final Consumer<String> debugLine;

    public HostTraceListener(Consumer<String> debugLine) {
        this("Host", debugLine);
    }

    /** A listener named as given: "Debug" for -Debugger's DefaultTraceListener, which writes where no debugger reads. */
    public HostTraceListener(String name, Consumer<String> debugLine) {
        super(name);
        this.debugLine = debugLine;
    }

    @Override
    protected void writeLine(String line) {
        try {
            debugLine.accept(line);
        } catch (RuntimeException e) {
            // Tracing must not bring down the traced command.
        }
    }

    @Override
    public String toString() {
        return "Microsoft.PowerShell.Commands.PSHostTraceListener";
    }
}
