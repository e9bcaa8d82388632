package io.openecma.runtime.ecma2;

/**
 * Microsoft.MetadirectoryServices.ExtensionException, the base of the exceptions a script throws
 * to tell the host what went wrong ({@code throw (New-Object ...Exception "msg")}). In .NET it
 * derives from System.ApplicationException.
 */
public class ExtensionException extends RuntimeException {

    public ExtensionException() {
        super();
    }

    public ExtensionException(String message) {
        super(message);
    }

    public ExtensionException(String message, Throwable inner) {
        super(message, inner);
    }

    public Throwable getInnerException() {
        return getCause();
    }
}
