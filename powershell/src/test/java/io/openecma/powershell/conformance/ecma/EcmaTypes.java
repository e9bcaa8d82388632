package io.openecma.powershell.conformance.ecma;

import io.openecma.powershell.PowerShellEngine;

/**
 * Registers the {@link Ecma} test doubles under their Microsoft.MetadirectoryServices names, and
 * the keyed collections they return under test names (scripts only reach them through members).
 */
public final class EcmaTypes {

    private static final String NS = "Microsoft.MetadirectoryServices.";

    private EcmaTypes() {
    }

    public static void registerInto(PowerShellEngine engine) {
        Class<?>[] types = {
                Ecma.AttributeType.class, Ecma.AttributeOperation.class, Ecma.ObjectModificationType.class,
                Ecma.AttributeModificationType.class, Ecma.ValueModificationType.class, Ecma.OperationType.class,
                Ecma.MAExportError.class, Ecma.MAUtils.class, Ecma.ConfigParameter.class, Ecma.SchemaAttribute.class,
                Ecma.SchemaType.class, Ecma.Schema.class, Ecma.ValueChange.class, Ecma.AttributeChange.class,
                Ecma.AnchorAttribute.class, Ecma.CSEntryChange.class, Ecma.CSEntryChangeResult.class,
                Ecma.PutExportEntriesResults.class, Ecma.GetImportEntriesResults.class,
                Ecma.OpenImportConnectionRunStep.class, Ecma.ImportRunStep.class, Ecma.OpenExportConnectionRunStep.class,
                Ecma.CSEntry.class, Ecma.Attrib.class, Ecma.PasswordPolicyViolationException.class,
                Ecma.PasswordIllFormedException.class
        };
        for (Class<?> type : types) {
            engine.registerType(NS + type.getSimpleName(), type);
        }
        engine.registerType("OpenEcma.Test.KeyedCollection", KeyedList.class);
        engine.registerType("OpenEcma.Test.ConfigParameterCollection", Ecma.ConfigParameterCollection.class);
    }
}
