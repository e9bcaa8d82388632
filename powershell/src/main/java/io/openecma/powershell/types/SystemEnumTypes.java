package io.openecma.powershell.types;

/**
 * Small System enums scripts name: [ConsoleColor] (Write-Host colours, JSON as numbers) and
 * [DateTimeKind] (the DateTime constructors that take a kind).
 */
final class SystemEnumTypes {
    private SystemEnumTypes() {
    }

    static void register(TypeRegistry r) {
        r.add("System.ConsoleColor", ConsoleColor.class, null, null, false, null, null, null);
        r.add("System.DateTimeKind", DateTimeKind.class, null, null, false, null, null, null);
    }
}
