package io.openecma.powershell.dotnet;

/**
 * A value that cannot become the requested type, or an arithmetic fault, worded as PowerShell
 * words it ({@code Cannot convert value "x" to type "System.Int32". Error: "..."},
 * {@code Attempted to divide by zero.}). The engine maps it to PSInvalidCastException or
 * RuntimeException.
 */
public class DotNetConversionException extends RuntimeException {
    private final String reason;

    public DotNetConversionException(String message, String reason) {
        super(message);
        this.reason = reason;
    }

    /** The inner .NET message, e.g. "Input string was not in a correct format.". */
    public String reason() {
        return reason;
    }

    static DotNetConversionException cannotConvert(Object value, String typeName, String reason) {
        return new DotNetConversionException("Cannot convert value \"" + value + "\" to type \"" + typeName
                + "\". Error: \"" + reason + "\"", reason);
    }

    static DotNetConversionException arithmetic(String reason) {
        return new DotNetConversionException(reason, reason);
    }
}
