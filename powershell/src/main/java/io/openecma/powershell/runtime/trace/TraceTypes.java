package io.openecma.powershell.runtime.trace;

import io.openecma.powershell.types.TypeRegistry;

/** Registers the tracing types: trace sources, their listeners and System.Diagnostics.Trace. */
public final class TraceTypes {
    private TraceTypes() {
    }

    public static void registerIn(TypeRegistry registry) {
        registry.register("System.Management.Automation.PSTraceSource", PSTraceSource.class);
        registry.register("System.Diagnostics.TraceListener", TraceListener.class);
        registry.register("System.Diagnostics.TextWriterTraceListener", FileTraceListener.class);
        registry.register("Microsoft.PowerShell.Commands.PSHostTraceListener", HostTraceListener.class);
        registry.register("System.Diagnostics.CorrelationManager", CorrelationManager.class);
        registry.register("System.Diagnostics.Trace", DiagnosticsTrace.class);
    }
}
