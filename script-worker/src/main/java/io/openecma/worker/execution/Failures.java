package io.openecma.worker.execution;

import io.openecma.runtime.ScriptFailedException;
import io.openecma.schemas.events.BatchFailure;
import io.openecma.schemas.events.FailureKind;

/** How a failed script call is reported: TIMEOUT, TRANSIENT (worth a retry) or PERMANENT, with the script's message and place. */
public final class Failures {

    private static final String STOPPED = "System.Management.Automation.PipelineStoppedException";

    private Failures() {
    }

    public static BatchFailure of(Throwable failure) {
        return new BatchFailure(kindOf(failure), messageOf(failure), locationOf(failure));
    }

    public static FailureKind kindOf(Throwable failure) {
        if (failure instanceof ScriptTimedOutException) {
            return FailureKind.TIMEOUT;
        }
        if (failure instanceof ScriptFailedException f) {
            if (STOPPED.equals(f.exceptionType())) {
                return FailureKind.TIMEOUT;
            }
            if (isTransient(f)) {
                return FailureKind.TRANSIENT;
            }
        }
        return FailureKind.PERMANENT;
    }

    /** ServerDownException, or a web call that could not reach the target system (not one the target refused). */
    public static boolean isTransient(Throwable failure) {
        if (!(failure instanceof ScriptFailedException f)) {
            return false;
        }
        if (f.isTransient()) {
            return true;
        }
        String type = f.exceptionType() == null ? "" : f.exceptionType();
        String message = f.getMessage() == null ? "" : f.getMessage();
        return type.endsWith(".WebException") && (message.contains("Unable to connect to the remote server")
                || message.contains("The operation has timed out") || message.contains("The underlying connection was closed"));
    }

    private static String messageOf(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    private static String locationOf(Throwable failure) {
        if (failure instanceof ScriptFailedException f && f.line() > 0) {
            String file = f.sourceFile() != null ? f.sourceFile() : f.scriptName();
            return file + ":" + f.line();
        }
        return null;
    }
}
