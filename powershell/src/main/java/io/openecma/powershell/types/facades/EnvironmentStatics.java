package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.ExecutionContext;

/** Statics of [Environment]; values come from the engine host, never the JVM's environment. */
public final class EnvironmentStatics {
    private EnvironmentStatics() {
    }

    public static String getNewLine() {
        return "\r\n";
    }

    public static String getMachineName() {
        return ExecutionContext.current().environmentVariable("COMPUTERNAME", "localhost");
    }

    public static String getUserName() {
        return ExecutionContext.current().environmentVariable("USERNAME", "openecma");
    }

    public static String getUserDomainName() {
        return ExecutionContext.current().environmentVariable("USERDOMAIN", "WORKGROUP");
    }

    public static String GetEnvironmentVariable(String name) {
        return ExecutionContext.current().environmentVariable(name, null);
    }

    /**
     * Process, User and Machine all read the host-given environment: the host decides what a script
     * sees (script-runtime gives the connector's Temp folder as TEMP).
     */
    public static String GetEnvironmentVariable(String name, String target) {
        checkTarget(target);
        return GetEnvironmentVariable(name);
    }

    public static void SetEnvironmentVariable(String name, String value, String target) {
        checkTarget(target);
        SetEnvironmentVariable(name, value);
    }

    private static void checkTarget(String target) {
        String t = target == null ? "" : target.trim();
        if (!(t.equalsIgnoreCase("Process") || t.equalsIgnoreCase("User") || t.equalsIgnoreCase("Machine")
                || t.equals("0") || t.equals("1") || t.equals("2"))) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("ArgumentException",
                    "Cannot convert value \"" + target + "\" to type \"System.EnvironmentVariableTarget\". Error: "
                            + "\"Unable to match the identifier name " + target + " to a valid enumerator name. Specify one of "
                            + "the following enumerator names and try again:\r\nProcess, User, Machine\"");
        }
    }

    public static void SetEnvironmentVariable(String name, String value) {
        if (value == null || value.isEmpty()) {
            ExecutionContext.current().environment().remove(name.toUpperCase(java.util.Locale.ROOT));
        } else {
            ExecutionContext.current().environment().put(name.toUpperCase(java.util.Locale.ROOT), value);
        }
    }

    public static int getProcessorCount() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static long getTickCount() {
        return System.nanoTime() / 1_000_000L;
    }

    public static String getCurrentDirectory() {
        return ExecutionContext.current().fileSystem().currentLocation().toString();
    }
}
