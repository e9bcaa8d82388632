package io.openecma.powershell.types.facades;

import java.util.UUID;

/** Instance members of Guid. */
public final class GuidMembers {
    private GuidMembers() {
    }

    public static String getGuid(UUID g) {
        return g.toString();
    }

    public static String ToString(UUID g) {
        return g.toString();
    }

    public static String ToString(UUID g, String format) {
        String s = g.toString();
        return switch (format == null ? "D" : format.toUpperCase(java.util.Locale.ROOT)) {
            case "N" -> s.replace("-", "");
            case "B" -> "{" + s + "}";
            case "P" -> "(" + s + ")";
            default -> s;
        };
    }
}
