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
