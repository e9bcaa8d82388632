package io.openecma.runtime.ecma2;

/** Microsoft.MetadirectoryServices.PasswordIllFormedException: the password has characters the target does not accept. */
public class PasswordIllFormedException extends ExtensionException {

    public PasswordIllFormedException() {
        super();
    }

    public PasswordIllFormedException(String message) {
        super(message);
    }

    public PasswordIllFormedException(String message, Throwable inner) {
        super(message, inner);
    }
}
