package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.types.PSType;

import java.util.Arrays;
import java.util.List;

/** Statics of [Activator]. */
public final class ActivatorStatics {
    private ActivatorStatics() {
    }

    /** CreateInstance(Type, params object[] args): a $null args array means the parameterless constructor. */
    public static Object CreateInstance(PSType type, Object... args) {
        List<Object> list = args == null || args.length == 1 && LanguagePrimitives.unwrapNull(args[0]) == null
                ? List.of() : Arrays.asList(args);
        return io.openecma.powershell.types.Members.construct(type, list);
    }
}
