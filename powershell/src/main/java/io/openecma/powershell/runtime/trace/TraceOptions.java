package io.openecma.powershell.runtime.trace;

import java.util.LinkedHashMap;
import java.util.Map;

/** [System.Diagnostics.TraceOptions]: what a listener writes after each trace event. */
public final class TraceOptions {
    public static final int NONE = 0;
    public static final int LOGICAL_OPERATION_STACK = 1;
    public static final int DATE_TIME = 2;
    public static final int TIMESTAMP = 4;
    public static final int PROCESS_ID = 8;
    public static final int THREAD_ID = 16;
    public static final int CALLSTACK = 32;

    private static final Map<String, Integer> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("None", NONE);
        NAMES.put("LogicalOperationStack", LOGICAL_OPERATION_STACK);
        NAMES.put("DateTime", DATE_TIME);
        NAMES.put("Timestamp", TIMESTAMP);
        NAMES.put("ProcessId", PROCESS_ID);
        NAMES.put("ThreadId", THREAD_ID);
        NAMES.put("Callstack", CALLSTACK);
    }

    private TraceOptions() {
    }

    public static int parse(Object value) {
        return PSTraceSourceOptions.FlagsText.parse(value, NAMES, "System.Diagnostics.TraceOptions");
    }

    public static String format(int flags) {
        return PSTraceSourceOptions.FlagsText.format(flags, NAMES);
    }
}
