package io.openecma.runtime.ecma2;

/** Microsoft.MetadirectoryServices.PasswordExtensionException: any other failure of a password operation. */
public class PasswordExtensionException extends ExtensionException {

    public PasswordExtensionException() {
        super();
    }

    public PasswordExtensionException(String message) {
        super(message);
    }

    public PasswordExtensionException(String message, Throwable inner) {
        super(message, inner);
    }
}
