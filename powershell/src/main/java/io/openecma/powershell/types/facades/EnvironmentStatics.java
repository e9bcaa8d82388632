package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.Locale;
import java.util.Map;

/**
 * Statics of [Environment]; values come from the engine host, never the JVM's environment.
 *
 * <p>Targets on a confined host: {@code Process} is the run's environment (the host-given one,
 * changed by {@code $env:} and {@code SetEnvironmentVariable}). {@code User} and {@code Machine}
 * stand for the registry stores, which a confined host does not have: they read the host-given
 * environment (so {@code GetEnvironmentVariable('Temp','Machine')}, which FIM-era connectors use to
 * find their folder, gives the host's TEMP), and a {@code SetEnvironmentVariable} on them is kept in
 * an engine-wide store that later reads of the same target see. As in .NET, setting a User or
 * Machine variable does not change the process environment.
 */
public final class EnvironmentStatics {
    private EnvironmentStatics() {
    }

    /** System.EnvironmentVariableTarget (Process = 0, User = 1, Machine = 2). */
    public enum EnvironmentVariableTarget { Process, User, Machine }

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

    public static String GetEnvironmentVariable(String variable) {
        checkName(variable, false);
        return ExecutionContext.current().environmentVariable(variable, null);
    }

    public static String GetEnvironmentVariable(String variable, EnvironmentVariableTarget target) {
        if (target == EnvironmentVariableTarget.Process) {
            return GetEnvironmentVariable(variable);
        }
        checkName(variable, false);
        return EnvironmentStores.of(ExecutionContext.current()).get(target.ordinal(), variable);
    }

    /** A Hashtable of the process environment. */
    public static PSHashtable GetEnvironmentVariables() {
        return GetEnvironmentVariables(EnvironmentVariableTarget.Process);
    }

    public static PSHashtable GetEnvironmentVariables(EnvironmentVariableTarget target) {
        PSHashtable h = new PSHashtable();
        Map<String, String> source = target == EnvironmentVariableTarget.Process ? ExecutionContext.current().environment()
                : EnvironmentStores.of(ExecutionContext.current()).all(target.ordinal());
        source.forEach(h::put);
        return h;
    }

    public static void SetEnvironmentVariable(String variable, String value) {
        checkName(variable, true);
        Map<String, String> env = ExecutionContext.current().environment();
        String key = variable.toUpperCase(Locale.ROOT);
        // .NET: a null or empty value deletes the variable.
        if (value == null || value.isEmpty()) {
            env.remove(key);
        } else {
            env.put(key, value);
        }
    }

    public static void SetEnvironmentVariable(String variable, String value, EnvironmentVariableTarget target) {
        if (target == EnvironmentVariableTarget.Process) {
            SetEnvironmentVariable(variable, value);
            return;
        }
        checkName(variable, true);
        EnvironmentStores.of(ExecutionContext.current()).set(target.ordinal(), variable,
                value == null || value.isEmpty() ? null : value);
    }

    /** .NET's argument checks (mscorlib resources Argument_StringZeroLength, Argument_IllegalEnvVarName). */
    private static void checkName(String variable, boolean forSet) {
        if (variable == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: variable")
                    .withParamName("variable");
        }
        if (!forSet) {
            return;
        }
        if (variable.isEmpty()) {
            throw new PSRuntimeException("System.ArgumentException", "String cannot be of zero length.\r\nParameter name: variable")
                    .withParamName("variable");
        }
        if (variable.charAt(0) == '\0') {
            throw new PSRuntimeException("System.ArgumentException", "The first char in the string is the null character."
                    + "\r\nParameter name: variable").withParamName("variable");
        }
        if (variable.indexOf('=') >= 0) {
            throw new PSRuntimeException("System.ArgumentException", "Environment variable name cannot contain equal character.");
        }
    }

    public static int getProcessorCount() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Milliseconds since an arbitrary start, wrapping as .NET's Int32 does. */
    public static int getTickCount() {
        return (int) (System.nanoTime() / 1_000_000L);
    }

    public static String getCurrentDirectory() {
        return ExecutionContext.current().fileSystem().currentLocation().toString();
    }
}
