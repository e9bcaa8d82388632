package io.openecma.runtime.ecma2;

/** Microsoft.MetadirectoryServices.PasswordPolicyViolationException: the new password breaks the target's password policy. */
public class PasswordPolicyViolationException extends ExtensionException {

    public PasswordPolicyViolationException() {
        super();
    }

    public PasswordPolicyViolationException(String message) {
        super(message);
    }

    public PasswordPolicyViolationException(String message, Throwable inner) {
        super(message, inner);
    }
}
