package io.openecma.runtime.ecma2;

import io.openecma.powershell.PowerShellEngine;
import io.openecma.schemas.ecma.AttributeModificationType;
import io.openecma.schemas.ecma.AttributeOperation;
import io.openecma.schemas.ecma.AttributeType;
import io.openecma.schemas.ecma.CloseReason;
import io.openecma.schemas.ecma.ExportType;
import io.openecma.schemas.ecma.ImportType;
import io.openecma.schemas.ecma.MAExportError;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.ecma.ValueModificationType;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every .NET type a connector script can name, with the Java class that plays it. Type names
 * resolve case-insensitively in the engine, so {@code microsoft.metadirectoryservices.Schema} and
 * {@code Microsoft.MetaDirectoryServices.Schema} find the same registration. PSCredential,
 * SecureString and NetworkCredential are the engine's own.
 */
public final class Ecma2Types {

    public static final String NAMESPACE = "Microsoft.MetadirectoryServices";

    private Ecma2Types() {
    }

    /** .NET full name to Java class, in registration order. */
    public static Map<String, Class<?>> all() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        Class<?>[] ecma = {
                Schema.class, SchemaType.class, SchemaAttribute.class, ConfigParameter.class, ConfigParameterKeyedCollection.class,
                Partition.class,
                HierarchyNode.class, MAUtils.class, CSEntryChange.class, CSEntry.class, AttributeChange.class,
                ValueChange.class, AnchorAttribute.class, CSEntryChangeResult.class, PutExportEntriesResults.class,
                GetImportEntriesResults.class, OpenImportConnectionResults.class, CloseImportConnectionResults.class,
                OpenImportConnectionRunStep.class, ImportRunStep.class, OpenExportConnectionRunStep.class,
                CloseImportConnectionRunStep.class, CloseExportConnectionRunStep.class, ConfigParameterPage.class,
                ParameterValidationResult.class, ParameterValidationResultCode.class, PasswordOptions.class,
                MAImportError.class, ExtensionException.class, ExtensibleExtensionException.class,
                ServerDownException.class, PasswordPolicyViolationException.class, PasswordIllFormedException.class,
                PasswordExtensionException.class, AccessDeniedException.class,
                // enums shared with the data model
                AttributeType.class, AttributeOperation.class, ObjectModificationType.class,
                AttributeModificationType.class, ValueModificationType.class, MAExportError.class,
                ImportType.class, CloseReason.class
        };
        for (Class<?> c : ecma) {
            types.put(NAMESPACE + "." + c.getSimpleName(), c);
        }
        types.put(NAMESPACE + ".Attrib", CSEntry.Attrib.class);
        // .NET's name for OpenExportConnectionRunStep.ExportType's enum; we carry the Export Type capability.
        types.put(NAMESPACE + ".MAExportType", ExportType.class);
        types.put("System.Collections.ObjectModel.KeyedCollection", KeyedCollection.class);
        types.put("OpenEcma.Collections.ScriptList", ScriptList.class);
        return types;
    }

    public static void registerInto(PowerShellEngine engine) {
        all().forEach((name, type) -> engine.registerType(name, type));
        // In .NET, ExtensionException (and so every ECMA2 exception) derives from ApplicationException.
        engine.registerExceptionParent("Microsoft.MetadirectoryServices.ExtensionException", "System.ApplicationException");
    }
}
