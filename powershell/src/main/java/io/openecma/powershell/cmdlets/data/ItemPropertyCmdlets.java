package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.types.Members;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Get-ItemProperty, Get-ItemPropertyValue, Set-ItemProperty and Clear-ItemProperty on the file
 * system (FileSystemProvider.GetProperty / SetProperty / ClearProperty, GetPropertyCommand.cs).
 * The session-state drives (Variable:, Alias:, Env:, Function:) do not implement
 * IPropertyCmdletProvider, so there these cmdlets are NotSupported.
 */
final class ItemPropertyCmdlets {
    private ItemPropertyCmdlets() {
    }

    static List<CmdletDefinition> definitions() {
        return List.of(
                CmdletDefinition.of("Get-ItemProperty", GetItemProperty::new, ItemFilter.with(paths(
                        ParameterSpec.positional("Name", "string[]", 1).withAliases("PSProperty")))).withAliases("gp"),
                CmdletDefinition.of("Get-ItemPropertyValue", GetItemPropertyValue::new, ItemFilter.with(paths(
                        ParameterSpec.positional("Name", "string[]", 1).asMandatory().withAliases("PSProperty"))))
                        .withAliases("gpv"),
                CmdletDefinition.of("Set-ItemProperty", SetItemProperty::new, ItemFilter.with(paths(
                        ParameterSpec.positional("Name", "string", 1).withAliases("PSProperty")
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.positional("Value", "object", 2).fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.named("Type", "object"),
                        ParameterSpec.switchParameter("PassThru"),
                        ParameterSpec.switchParameter("Force")))).withAliases("sp"),
                CmdletDefinition.of("Clear-ItemProperty", ClearItemProperty::new, ItemFilter.with(paths(
                        ParameterSpec.positional("Name", "string", 1).asMandatory().withAliases("PSProperty")
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.switchParameter("PassThru"),
                        ParameterSpec.switchParameter("Force")))).withAliases("clp"));
    }

    private static ParameterSpec[] paths(ParameterSpec... rest) {
        ParameterSpec[] out = new ParameterSpec[rest.length + 3];
        out[0] = ParameterSpec.positional("Path", "string[]", 0).fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME);
        out[1] = ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath", "LP")
                .fromPipeline(PipelineInput.BY_PROPERTY_NAME);
        out[2] = ParameterSpec.named("Credential", "object");
        System.arraycopy(rest, 0, out, 3, rest.length);
        return out;
    }

    /** The existing file-system items the -Path / -LiteralPath values name; errors for the rest. */
    private static List<Path> items(CommandContext ctx, String path, boolean literal, String command) {
        if (ProviderPathErrors.written(ctx, path, command)) {
            return List.of();
        }
        if (ProviderDrives.driveOf(ProviderPaths.qualified(ctx, path)) != null) {
            ctx.writeError("System.Management.Automation.PSNotSupportedException", "Cannot use interface. The "
                    + "IPropertyCmdletProvider interface is not supported by this provider.",
                    "NotSupported,Microsoft.PowerShell.Commands." + command, "NotImplemented", path);
            return List.of();
        }
        List<Path> found = ScriptPaths.expand(ctx, PathArguments.withoutFileSystemProvider(path), literal);
        ItemFilter filter = ItemFilter.of(ctx);
        List<Path> existing = found.stream().filter(Files::exists).filter(filter::accepts).toList();
        if (existing.isEmpty() && !filter.isActive()) {
            ScriptPaths.notFound(ctx, path, command);
        }
        return existing;
    }

    private static List<String> pathArguments(CommandContext ctx) {
        boolean literal = ctx.isBound("LiteralPath");
        List<String> values = CmdletArguments.strings(ctx, literal ? "LiteralPath" : "Path");
        return values.isEmpty() && !literal ? List.of(".") : values;
    }

    /** The item's properties as a property bag (WritePropertyObject adds the PS* note properties). */
    private static PSObject propertyObject(CommandContext ctx, Path item, List<String> names, String command) {
        PSObject file = FileItems.of(item);
        PSObject result;
        if (names.isEmpty()) {
            result = file;
        } else {
            result = null;
            for (String name : names) {
                Object value = Members.getProperty(file, name);
                if (value == Members.MISSING) {
                    ctx.writeError("System.IO.IOException", "The property " + name + " does not exist or was not "
                            + "found.", "GetValueError,Microsoft.PowerShell.Commands." + command, "ReadError", name);
                    continue;
                }
                if (result == null) {
                    result = new PSObject();
                }
                result.addNoteProperty(name, value);
            }
            if (result == null) {
                return null;
            }
        }
        ProviderNotes.add(ctx, result, item);
        return result;
    }

    static final class GetItemProperty implements Cmdlet {
        private static final String COMMAND = "GetItemPropertyCommand";

        @Override
        public void process(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralPath");
            List<String> names = CmdletArguments.strings(ctx, "Name");
            for (String path : pathArguments(ctx)) {
                for (Path item : items(ctx, path, literal, COMMAND)) {
                    PSObject result = propertyObject(ctx, item, names, COMMAND);
                    if (result != null) {
                        ctx.writeObject(result);
                    }
                }
            }
        }
    }

    /** Writes each named property's value (a null value is left out, as GetItemPropertyValueCommand does). */
    static final class GetItemPropertyValue implements Cmdlet {
        private static final String COMMAND = "GetItemPropertyValueCommand";

        @Override
        public void process(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralPath");
            List<String> names = CmdletArguments.strings(ctx, "Name");
            for (String path : pathArguments(ctx)) {
                for (Path item : items(ctx, path, literal, COMMAND)) {
                    PSObject result = propertyObject(ctx, item, names, COMMAND);
                    if (result == null) {
                        continue;
                    }
                    for (String name : names) {
                        Object value = Members.getProperty(result, name);
                        if (value != Members.MISSING && value != null) {
                            ctx.writeObject(value);
                        }
                    }
                }
            }
        }
    }

    /**
     * FileSystemProvider.SetProperty: the property must exist on the FileInfo / DirectoryInfo and be
     * settable; Attributes takes only Archive, Hidden, Normal, ReadOnly and System.
     */
    static final class SetItemProperty implements Cmdlet {
        private static final String COMMAND = "SetItemPropertyCommand";

        @Override
        public void process(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralPath");
            String name = CmdletArguments.string(ctx, "Name");
            Object value = ctx.parameter("Value");
            for (String path : pathArguments(ctx)) {
                for (Path item : items(ctx, path, literal, COMMAND)) {
                    set(ctx, item, name, value);
                }
            }
        }

        private static void set(CommandContext ctx, Path item, String name, Object value) {
            PSObject file = FileItems.of(item);
            String action = Files.isDirectory(item) ? "Set Property Directory" : "Set Property File";
            String shownValue = value == null ? "" : io.openecma.powershell.runtime.LanguagePrimitives.toStringValue(value);
            if (io.openecma.powershell.runtime.WhatIf.skips(ctx, action, "Item: " + item + " Property: " + name
                    + " Value: " + shownValue)) {
                return;
            }
            if (Members.getProperty(file, name) == Members.MISSING) {
                ctx.writeError("System.IO.IOException", "The property " + name + " does not exist or was not found.",
                        "SetPropertyError,Microsoft.PowerShell.Commands." + COMMAND, "ReadError", name);
                return;
            }
            try {
                Members.setProperty(file.baseObject(), name, value);
            } catch (PSRuntimeException e) {
                ctx.writeError(e.typeName(), e.getMessage(), "SetPropertyError,Microsoft.PowerShell.Commands."
                        + COMMAND, "WriteError", name);
                return;
            }
            if (ctx.switchPresent("PassThru")) {
                PSObject result = new PSObject();
                result.addNoteProperty(name, value);
                ProviderNotes.add(ctx, result, item);
                ctx.writeObject(result);
            }
        }
    }

    /** FileSystemProvider.ClearProperty: only Attributes can be cleared (to Normal). */
    static final class ClearItemProperty implements Cmdlet {
        private static final String COMMAND = "ClearItemPropertyCommand";

        @Override
        public void process(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralPath");
            String name = CmdletArguments.string(ctx, "Name");
            for (String path : pathArguments(ctx)) {
                for (Path item : items(ctx, path, literal, COMMAND)) {
                    if (!"Attributes".equalsIgnoreCase(name)) {
                        ctx.writeError("System.Management.Automation.PSArgumentException", "The property cannot be "
                                + "cleared because the property is not supported. Only the Attributes property can be "
                                + "cleared.", "ClearPropertyArgumentError,Microsoft.PowerShell.Commands." + COMMAND,
                                "InvalidArgument", item.toString());
                        continue;
                    }
                    String action = Files.isDirectory(item) ? "Clear Property Directory" : "Clear Property File";
                    if (io.openecma.powershell.runtime.WhatIf.skips(ctx, action, "Item: " + item + " Property: " + name)) {
                        continue;
                    }
                    PSObject file = FileItems.of(item);
                    Members.setProperty(file.baseObject(), "Attributes", "Normal");
                    if (ctx.switchPresent("PassThru")) {
                        PSObject result = new PSObject();
                        result.addNoteProperty(name, Members.getProperty(file.baseObject(), "Attributes"));
                        ProviderNotes.add(ctx, result, item);
                        ctx.writeObject(result);
                    }
                }
            }
        }
    }
}
