package io.openecma.powershell.runtime.trace;

/** [System.Diagnostics.Trace]: the static members scripts use with trace listeners. */
public final class DiagnosticsTrace {
    private DiagnosticsTrace() {
    }

    public static CorrelationManager getCorrelationManager() {
        return CorrelationManager.current();
    }

    /** Trace.IndentSize: the spaces per indent level of listeners' footers and trace scopes. */
    public static int getIndentSize() {
        return 4;
    }
}
