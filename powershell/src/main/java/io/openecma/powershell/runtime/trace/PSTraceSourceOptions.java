package io.openecma.powershell.runtime.trace;

import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** [System.Management.Automation.PSTraceSourceOptions] flags (StructuredTraceSource.cs). */
public final class PSTraceSourceOptions {
    public static final int NONE = 0;
    public static final int CONSTRUCTOR = 0x1;
    public static final int METHOD = 0x8;
    public static final int WRITE_LINE = 0x1000;
    public static final int SCOPE = 0x2000;
    public static final int ALL = 0x7fff;

    /** Names in declaration order; the combined names come after the single flags. */
    private static final Map<String, Integer> NAMES = new LinkedHashMap<>();

    static {
        String[] single = {"Constructor", "Dispose", "Finalizer", "Method", "Property", "Delegates", "Events",
                "Exception", "Lock", "Error", "Warning", "Verbose", "WriteLine", "Scope", "Assert"};
        NAMES.put("None", 0);
        for (int i = 0; i < single.length; i++) {
            NAMES.put(single[i], 1 << i);
        }
        NAMES.put("ExecutionFlow", 0x1 | 0x2 | 0x4 | 0x8 | 0x20 | 0x40 | 0x2000);
        NAMES.put("Data", 0x1 | 0x2 | 0x4 | 0x10 | 0x800 | 0x1000);
        NAMES.put("Errors", 0x200 | 0x80);
        NAMES.put("All", ALL);
    }

    private PSTraceSourceOptions() {
    }

    /** Parses "ExecutionFlow", "WriteLine, Scope" or a number, as an enum conversion would. */
    public static int parse(Object value) {
        return FlagsText.parse(value, NAMES, "System.Management.Automation.PSTraceSourceOptions");
    }

    /** The enum's ToString: a combined name when one matches exactly, else the single flags joined. */
    public static String format(int flags) {
        return FlagsText.format(flags, NAMES);
    }

    /** Shared flag-enum text handling for the two trace enums. */
    static final class FlagsText {
        private FlagsText() {
        }

        static int parse(Object value, Map<String, Integer> names, String enumName) {
            if (value instanceof Number n) {
                return n.intValue();
            }
            int flags = 0;
            for (String part : String.valueOf(value).split(",")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                Integer bit = null;
                for (Map.Entry<String, Integer> e : names.entrySet()) {
                    if (e.getKey().equalsIgnoreCase(p)) {
                        bit = e.getValue();
                    }
                }
                if (bit == null) {
                    try {
                        bit = Integer.parseInt(p);
                    } catch (NumberFormatException nfe) {
                        throw new PSRuntimeException("System.Management.Automation.PSInvalidCastException",
                                "Cannot convert value \"" + value + "\" to type \"" + enumName + "\". Error: \"Unable to match the identifier name "
                                        + p + " to a valid enumerator name. Specify one of the following enumerator names and try again:\n"
                                        + String.join(", ", names.keySet()) + "\"");
                    }
                }
                flags |= bit;
            }
            return flags;
        }

        static String format(int flags, Map<String, Integer> names) {
            for (Map.Entry<String, Integer> e : names.entrySet()) {
                if (e.getValue() == flags) {
                    return e.getKey();
                }
            }
            List<String> parts = new ArrayList<>();
            int rest = flags;
            List<Map.Entry<String, Integer>> all = new ArrayList<>(names.entrySet());
            for (int i = all.size() - 1; i >= 0; i--) {
                int bit = all.get(i).getValue();
                if (bit != 0 && (rest & bit) == bit) {
                    parts.add(0, all.get(i).getKey());
                    rest &= ~bit;
                }
            }
            return rest == 0 ? String.join(", ", parts) : Integer.toString(flags);
        }
    }
}
