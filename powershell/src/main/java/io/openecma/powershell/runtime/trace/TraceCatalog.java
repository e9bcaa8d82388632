package io.openecma.powershell.runtime.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PSTraceSource.TraceCatalog: the trace sources the engine really writes to, by name. Like
 * PowerShell's, it is process-wide. Only sources with real trace points are listed.
 */
public final class TraceCatalog {
    private static final Map<String, PSTraceSource> SOURCES = new ConcurrentHashMap<>();

    /** ParameterBinderBase.bindingTracer. */
    public static final PSTraceSource PARAMETER_BINDING = register("ParameterBinding",
            "Traces the process of binding the arguments to the parameters of cmdlets, scripts, and applications.");

    private TraceCatalog() {
    }

    private static PSTraceSource register(String name, String description) {
        PSTraceSource s = new PSTraceSource(name, description);
        SOURCES.put(name.toLowerCase(java.util.Locale.ROOT), s);
        return s;
    }

    public static List<PSTraceSource> all() {
        return new ArrayList<>(SOURCES.values());
    }
}
