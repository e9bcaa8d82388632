package io.openecma.powershell.dotnet;

/** .NET's {@code System.FormatException}: a bad format string, or text that does not parse. */
public class DotNetFormatException extends RuntimeException {
    public DotNetFormatException(String message) {
        super(message);
    }
}
