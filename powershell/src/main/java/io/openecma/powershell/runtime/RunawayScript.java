package io.openecma.powershell.runtime;

import io.openecma.powershell.ScriptError;
import io.openecma.powershell.ast.Position;
import io.openecma.powershell.runtime.limits.CallDepth;
import io.openecma.powershell.runtime.limits.MemoryBudget;

/**
 * The last line of defence when a script got past its limits and the JVM itself ran out of stack
 * or memory: the run fails (with the error the limit would have raised) instead of the thread
 * dying. After an OutOfMemoryError the runspace drops its variables and the run's output, so
 * what the script held becomes garbage and the process lives on.
 */
final class RunawayScript {

    private RunawayScript() {
    }

    static ScriptError failed(Error error, ExecutionContext context, Interpreter interpreter) {
        Position p = interpreter.position();
        if (error instanceof StackOverflowError) {
            return new ScriptError(CallDepth.MESSAGE, p.file(), p.line(), p.column(), CallDepth.EXCEPTION_TYPE,
                    "CallDepthOverflow");
        }
        context.output.clear();
        context.resetState();
        interpreter.resetScope();
        return new ScriptError("The script ran out of memory (" + error.getMessage() + "); the runspace's variables were"
                + " dropped.", p.file(), p.line(), p.column(), MemoryBudget.EXCEPTION_TYPE, MemoryBudget.ERROR_ID);
    }
}
