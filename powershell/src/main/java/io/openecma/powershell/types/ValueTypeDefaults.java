package io.openecma.powershell.types;

import java.math.BigDecimal;

/**
 * A .NET value type always has a parameterless constructor that gives its default value
 * (Activator.CreateInstance): {@code New-Object char} is [char]0, {@code [int]::new()} is 0.
 */
final class ValueTypeDefaults {
    private ValueTypeDefaults() {
    }

    /** The default of a primitive value type, or null when the type is not one. */
    static Object of(PSType type) {
        return switch (type.fullName()) {
            case "System.Char" -> (char) 0;
            case "System.Boolean" -> false;
            case "System.Int32" -> 0;
            case "System.Int64" -> 0L;
            case "System.Int16" -> (short) 0;
            case "System.Byte" -> (byte) 0;
            case "System.Double" -> 0.0;
            case "System.Single" -> 0.0f;
            case "System.Decimal" -> BigDecimal.ZERO;
            default -> null;
        };
    }
}
