package io.openecma.runtime;

import io.openecma.schemas.definition.ScriptKind;
import io.openecma.schemas.events.PasswordErrorKind;

/** The Password script refused the password (policy, ill-formed) or failed (extension, transient). */
public final class PasswordRejectedException extends ScriptFailedException {

    private final PasswordErrorKind errorKind;

    public PasswordRejectedException(ScriptFailedException failure, PasswordErrorKind errorKind) {
        super(failure.kind(), failure.scriptName(), failure.sourceFile(), rawMessage(failure), failure.line(), failure.column(),
                failure.exceptionType(), failure.getCause());
        this.errorKind = errorKind;
    }

    private static String rawMessage(ScriptFailedException f) {
        String m = f.getMessage();
        int colon = m.indexOf("): ");
        return colon < 0 ? m : m.substring(colon + 3);
    }

    public PasswordErrorKind errorKind() {
        return errorKind;
    }

    /** How a Password script failure maps onto the password result contract. */
    public static PasswordErrorKind kindOf(ScriptFailedException failure) {
        String type = failure.exceptionType() == null ? "" : failure.exceptionType();
        if (type.endsWith(".PasswordPolicyViolationException")) {
            return PasswordErrorKind.POLICY_VIOLATION;
        }
        if (type.endsWith(".PasswordIllFormedException")) {
            return PasswordErrorKind.ILL_FORMED;
        }
        if (failure.isTransient()) {
            return PasswordErrorKind.TRANSIENT;
        }
        return PasswordErrorKind.EXTENSION;
    }
}
