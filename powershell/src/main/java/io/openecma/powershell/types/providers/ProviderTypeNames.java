package io.openecma.powershell.types.providers;

import io.openecma.powershell.types.TypeRegistry;

/** Registers the provider types the engine's cmdlets return. */
public final class ProviderTypeNames {
    private ProviderTypeNames() {
    }

    public static void register(TypeRegistry registry) {
        registry.register("System.Management.Automation.ProviderInfo", ProviderInfoValue.class);
    }
}
