package io.openecma.powershell.types.facades;

import java.util.UUID;

/** Statics of [guid]. */
public final class GuidStatics {
    private GuidStatics() {
    }

    public static UUID NewGuid() {
        return UUID.randomUUID();
    }

    public static UUID getEmpty() {
        return new UUID(0, 0);
    }

    public static boolean TryParse(String s, Object ref) {
        try {
            String hex = s.strip().replaceAll("[{}()]", "");
            if (hex.length() == 32 && hex.indexOf('-') < 0) {
                hex = hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                        + hex.substring(16, 20) + "-" + hex.substring(20);
            }
            UUID u = UUID.fromString(hex);
            io.openecma.powershell.runtime.PSReference.set(ref, u);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static UUID Parse(String s) {
        return (UUID) io.openecma.powershell.runtime.LanguagePrimitives.convertTo(s, UUID.class);
    }
}
