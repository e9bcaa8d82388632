package io.openecma.runtime.ecma2;

/** Microsoft.MetadirectoryServices.AccessDeniedException: the password could not be set for lack of rights. */
public class AccessDeniedException extends ExtensionException {

    public AccessDeniedException() {
        super();
    }

    public AccessDeniedException(String message) {
        super(message);
    }

    public AccessDeniedException(String message, Throwable inner) {
        super(message, inner);
    }
}
