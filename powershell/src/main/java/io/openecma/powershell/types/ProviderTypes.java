package io.openecma.powershell.types;

import io.openecma.powershell.runtime.PathInfo;

/** The provider objects the location and item cmdlets return (PathInfo). */
final class ProviderTypes {
    private ProviderTypes() {
    }

    static void register(TypeRegistry registry) {
        registry.register("System.Management.Automation.PathInfo", PathInfo.class);
    }
}
