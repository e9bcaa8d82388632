package io.openecma.powershell.types;

import io.openecma.powershell.types.facades.FlagsMembers;

/** [Flags] enums scripts name beyond those TypeRegistry lists itself (AceFlags, CommandTypes). */
final class FlagsEnumTypes {
    private FlagsEnumTypes() {
    }

    static void register(TypeRegistry registry) {
        add(registry, "System.Security.AccessControl.AceFlags", AceFlags.class);
        add(registry, "System.Management.Automation.CommandTypes", CommandTypes.class);
    }

    private static <E extends Enum<E> & FlagsEnum> void add(TypeRegistry registry, String name, Class<E> type) {
        registry.add(name, type, null, FlagsMembers.class, false, null, v -> FlagsValue.parse(type, v), null);
    }
}
