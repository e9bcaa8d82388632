package io.openecma.powershell.types.facades;

import io.openecma.powershell.types.PSType;

import java.util.Arrays;

/** Statics of [Activator]. */
public final class ActivatorStatics {
    private ActivatorStatics() {
    }

    public static Object CreateInstance(PSType type, Object... args) {
        return io.openecma.powershell.types.Members.construct(type, Arrays.asList(args));
    }
}
