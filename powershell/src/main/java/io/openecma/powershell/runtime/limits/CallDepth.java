package io.openecma.powershell.runtime.limits;

import io.openecma.powershell.runtime.PSRuntimeException;

/**
 * Counts nested function, script block and script calls of one runspace and stops a call beyond
 * the limit with Windows PowerShell's ScriptCallDepthException: "The script failed due to call depth
 * overflow." (GetErrorText.resx), ErrorId CallDepthOverflow, category InvalidOperation, target its
 * CallDepth property, which is always 0 (ExecutionExceptions.cs). It is an ordinary runtime error:
 * statement-terminating and catchable, as 5.1's compiled statements pass any exception to
 * ExceptionHandlingOps.CheckActionPreference.
 */
public final class CallDepth {

    public static final String EXCEPTION_TYPE = "System.Management.Automation.ScriptCallDepthException";
    public static final String MESSAGE = "The script failed due to call depth overflow.";

    private final int max;
    private int depth;

    public CallDepth(int max) {
        this.max = max;
    }

    /** Before a call runs; every enter that returns is followed by one {@link #exit}. */
    public void enter() {
        if (depth >= max) {
            throw overflow();
        }
        depth++;
    }

    public void exit() {
        depth--;
    }

    /** At the start of a run: a run that ended by an error may have left calls counted. */
    public void reset() {
        depth = 0;
    }

    public int depth() {
        return depth;
    }

    /** The error; also what a StackOverflowError in a call becomes, should a thread's stack be too small for the limit. */
    public static PSRuntimeException overflow() {
        return new PSRuntimeException(EXCEPTION_TYPE, MESSAGE).withError("CallDepthOverflow", "InvalidOperation", 0);
    }
}
