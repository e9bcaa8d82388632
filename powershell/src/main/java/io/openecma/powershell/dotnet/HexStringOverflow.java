package io.openecma.powershell.dotnet;

import java.math.BigInteger;
import java.util.Locale;

/**
 * A "0x..." string converted to Int32 or Int64 goes through .NET's Int32Converter/Int64Converter
 * (LanguagePrimitives.ConvertStringToInteger in 5.1), which reads the digits with
 * Convert.ToInt32/ToInt64(text, 16): they parse unsigned, so too many bits is the OverflowException
 * for UInt32 (UInt64). PowerShell's Get-Random tests expect exactly this text for
 * {@code Get-Random 0x07FFFFFFFFFFFFFFFF}, whose string bound is converted to Int32.
 */
final class HexStringOverflow {
    private HexStringOverflow() {
    }

    /** The overflow reason for this text and target, or null when it is not an over-long hex string. */
    static String reason(String text, String typeName) {
        int bits = switch (typeName) {
            case "System.Int32" -> 32;
            case "System.Int64" -> 64;
            default -> 0;
        };
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (bits == 0 || !s.startsWith("0x") || s.length() == 2) {
            return null;
        }
        String digits = s.substring(2);
        if (!digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return null;
        }
        if (new BigInteger(digits, 16).bitLength() <= bits) {
            return null;
        }
        return "Value was either too large or too small for a UInt" + bits + ".";
    }
}
