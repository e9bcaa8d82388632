package io.openecma.powershell.types;

import io.openecma.powershell.types.facades.LanguagePrimitivesStatics;

/** Static-only System.Management.Automation classes scripts call: LanguagePrimitives. */
final class AutomationUtilityTypes {
    private AutomationUtilityTypes() {
    }

    static void register(TypeRegistry r) {
        r.add("System.Management.Automation.LanguagePrimitives", null, LanguagePrimitivesStatics.class, null, false, v -> false,
                null, null);
    }
}
