package io.openecma.powershell.types;

/** The .NET types the Utility cmdlets' objects need: the PSTypeNames collection. */
final class UtilityCmdletTypes {
    private UtilityCmdletTypes() {
    }

    static void register(TypeRegistry r) {
        r.add("System.Collections.ObjectModel.Collection`1[[System.String]]", TypeNameCollection.class, null, null, true,
                null, null, null);
    }
}
