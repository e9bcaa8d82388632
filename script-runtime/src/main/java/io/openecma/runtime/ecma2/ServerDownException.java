package io.openecma.runtime.ecma2;

/** Microsoft.MetadirectoryServices.ServerDownException: the connected system cannot be reached (a transient failure: the work is retried). */
public class ServerDownException extends ExtensionException {

    public ServerDownException() {
        super();
    }

    public ServerDownException(String message) {
        super(message);
    }

    public ServerDownException(String message, Throwable inner) {
        super(message, inner);
    }
}
