package io.openecma.powershell.types;

import io.openecma.powershell.types.facades.LanguagePrimitivesStatics;

/** System.Management.Automation classes scripts call: LanguagePrimitives (static only), Host.Coordinates,
 * PSTypeName. */
final class AutomationUtilityTypes {
    private AutomationUtilityTypes() {
    }

    static void register(TypeRegistry r) {
        r.add("System.Management.Automation.LanguagePrimitives", null, LanguagePrimitivesStatics.class, null, false, v -> false,
                null, null);
        r.register("System.Management.Automation.Host.Coordinates", io.openecma.powershell.types.hosting.Coordinates.class);
        r.registerConvertible("System.Management.Automation.PSTypeName", PSTypeNameValue.class, PSTypeNameValue::convert);
    }
}
