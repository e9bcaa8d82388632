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

    public static UUID Parse(String s) {
        return (UUID) io.openecma.powershell.runtime.LanguagePrimitives.convertTo(s, UUID.class);
    }
}
