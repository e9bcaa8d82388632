package io.openecma.powershell.runtime;

/**
 * The ErrorIds 5.1 gives a failed conversion of a string to a number (LanguagePrimitives.cs
 * ConvertStringToInteger / ConvertStringToDecimal / ConvertStringToDoubleOrSingle throw
 * PSInvalidCastException with these ids; its ErrorRecord's category is InvalidArgument).
 */
final class StringCastErrorIds {

    static final String CATEGORY = "InvalidArgument";

    private StringCastErrorIds() {
    }

    /** The id for a string that does not convert to {@code numberType} (a .NET full name), or null. */
    static String forNumberType(String numberType) {
        return switch (numberType) {
            case "System.Int32", "System.Int64", "System.Int16", "System.Byte", "System.SByte", "System.UInt16",
                 "System.UInt32", "System.UInt64" -> "InvalidCastFromStringToInteger";
            case "System.Decimal" -> "InvalidCastFromStringToDecimal";
            case "System.Double", "System.Single" -> "InvalidCastFromStringToDoubleOrSingle";
            default -> null;
        };
    }
}
