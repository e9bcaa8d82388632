package io.openecma.runtime.ecma2;

/** Microsoft.MetadirectoryServices.ExtensibleExtensionException: a connector failure the run should report. */
public class ExtensibleExtensionException extends ExtensionException {

    public ExtensibleExtensionException() {
        super();
    }

    public ExtensibleExtensionException(String message) {
        super(message);
    }

    public ExtensibleExtensionException(String message, Throwable inner) {
        super(message, inner);
    }
}
