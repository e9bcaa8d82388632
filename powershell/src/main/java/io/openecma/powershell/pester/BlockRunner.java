package io.openecma.powershell.pester;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.ControlFlow;
import io.openecma.powershell.runtime.ErrorRecord;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.HostedInvocation;
import io.openecma.powershell.runtime.InvocationInfo;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.ScriptBlock;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runs test script blocks for the Pester commands: dot-sourced into a scope the runner made, or in a
 * child scope with parameters, always as if inside {@code try { }} (Pester 4 runs every block in a
 * try/catch, so a statement-terminating error ends the block and fails the test).
 */
final class BlockRunner {

    private final Interpreter interpreter;

    BlockRunner(CommandContext context) {
        this.interpreter = ((CommandContextImpl) context).interpreter();
    }

    Interpreter interpreter() {
        return interpreter;
    }

    /** Runs {@code block} in the interpreter's current scope. */
    void dotSource(ScriptBlock block) {
        interpreter.invokeScriptBlock(block, null, List.of(), true, null);
    }

    /** Runs {@code block} in a child scope, splatting {@code named} into its parameters (output dropped). */
    void invokeChild(ScriptBlock block, Map<String, Object> named) {
        if (named.isEmpty() || block.body().parameters().isEmpty()) {
            interpreter.invokeScriptBlock(block, null, List.of(), false, null);
        } else {
            HostedInvocation.invokeWithNamedArguments(interpreter, block, named);
        }
    }

    /** Calls a helper block with positional arguments (nulls allowed) in a child scope; returns its output. */
    static List<Object> call(CommandContext context, ScriptBlock block, Object... args) {
        CommandContextImpl c = (CommandContextImpl) context;
        Interpreter interp = c.interpreter();
        var saved = interp.scope();
        interp.setScope(c.callerScope());
        try {
            return interp.invokeScriptBlock(block, null, Arrays.asList(args), false, null);
        } finally {
            interp.setScope(saved);
        }
    }

    /**
     * Runs {@code action} as inside a try block; returns the error that ended it, or null.
     * break/continue/return just end the block (Pester 4 wraps blocks in {@code do {} until ($true)});
     * a stop (time limit) and Set-ItResult's signal pass through.
     */
    Failure guarded(Runnable action) {
        try {
            HostedInvocation.insideTry(interpreter, () -> {
                action.run();
                return null;
            });
            return null;
        } catch (ExecutionContext.ScriptStoppedException | ItResultSignal | ControlFlow.Exit passThrough) {
            throw passThrough;
        } catch (ControlFlow endOfBlock) {
            return null;
        } catch (RuntimeException e) {
            return failureOf(HostedInvocation.errorRecordOf(interpreter, e));
        } catch (StackOverflowError e) {
            return new Failure("The script failed due to call depth overflow (Java stack overflow).", "");
        }
    }

    static Failure failureOf(ErrorRecord record) {
        InvocationInfo at = record.getInvocationInfo();
        return new Failure(record.toString(), location(at.scriptName(), at.scriptLineNumber()));
    }

    static String location(String file, int line) {
        if (file == null || file.isEmpty()) {
            return "";
        }
        Path name = Path.of(file).getFileName();
        return (name == null ? file : name.toString()) + ":" + line;
    }
}
