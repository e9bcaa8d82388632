package io.openecma.powershell.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Entry points for hosts that run script blocks the way a test framework does (the Pester runner):
 * inside an implicit try, so any statement-terminating error ends the block and comes back to the
 * host, and with named arguments splatted into the block's parameters.
 */
public final class HostedInvocation {

    private HostedInvocation() {
    }

    /** Runs {@code action} as PowerShell runs code inside {@code try { }}: runtime errors terminate. */
    public static <T> T insideTry(Interpreter interpreter, Supplier<T> action) {
        return interpreter.insideTry(action);
    }

    /** Calls a script block in a new child scope of the current one with {@code -Name value} arguments. */
    public static List<Object> invokeWithNamedArguments(Interpreter interpreter, ScriptBlock block,
                                                        Map<String, Object> named) {
        List<CommandInvoker.Argument> arguments = new ArrayList<>();
        named.forEach((k, v) -> arguments.add(new CommandInvoker.Argument(k, v, true, true)));
        FunctionInfo f = new FunctionInfo("<ScriptBlock>", false, List.of(), block.body(),
                block.module() instanceof ModuleInfo m ? m : null);
        List<Object> out = new ArrayList<>();
        interpreter.commands.callFunction(f, "<ScriptBlock>", arguments, null, out, null);
        return out;
    }

    /** The PowerShell error a Java exception from the engine stands for (the host's view of a failure). */
    public static ErrorRecord errorRecordOf(Interpreter interpreter, RuntimeException e) {
        PSRuntimeException ps = interpreter.asScriptError(e);
        return ps.errorRecord() != null ? ps.errorRecord() : interpreter.errorRecord(ps);
    }
}
