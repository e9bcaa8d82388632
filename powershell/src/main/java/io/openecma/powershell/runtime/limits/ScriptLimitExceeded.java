package io.openecma.powershell.runtime.limits;

import io.openecma.powershell.runtime.ControlFlow;

/**
 * Ends a script that went beyond a host-set limit (memory): like the time limit, script
 * try/catch and trap cannot take it, since going on would only hit the limit again.
 */
public final class ScriptLimitExceeded extends ControlFlow {

    private final String message;
    private final String exceptionType;
    private final String errorId;

    public ScriptLimitExceeded(String message, String exceptionType, String errorId) {
        this.message = message;
        this.exceptionType = exceptionType;
        this.errorId = errorId;
    }

    @Override
    public String getMessage() {
        return message;
    }

    public String exceptionType() {
        return exceptionType;
    }

    public String errorId() {
        return errorId;
    }
}
