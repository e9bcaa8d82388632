package io.openecma.powershell.cmdlets.format;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.runtime.WhatIf;
import io.openecma.powershell.dotnet.Wildcard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Update-FormatData and Get-FormatData over the runspace's {@link FormatDataStore}, as
 * UpdateFormatDataCommand (Update-Data.cs, Update-TypeData.cs) and GetFormatDataCommand do: files
 * must be file-system .ps1xml files (WrongExtension), the prepended ones go before those loaded
 * already and the appended ones after, and the whole set is read again; any error in any file is
 * one FormatXmlUpdateException and the set stays as it was. -WhatIf loads nothing.
 */
public final class FormatDataCmdlets {
    private FormatDataCmdlets() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Update-FormatData", UpdateFormatData::new,
                ParameterSpec.positional("AppendPath", "string[]", 0).fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME)
                        .withAliases("PSPath", "Path"),
                ParameterSpec.named("PrependPath", "string[]")));
        r.register(CmdletDefinition.of("Get-FormatData", GetFormatData::new,
                ParameterSpec.positional("TypeName", "string[]", 0).fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.named("PowerShellVersion", "version")));
    }

    private static final class UpdateFormatData implements Cmdlet {
        @Override
        public void process(CommandContext c) {
            List<Path> prepend = glob(c, "PrependPath", "FormatPrependPathException");
            List<Path> append = glob(c, "AppendPath", "FormatAppendPathException");
            if ((c.isBound("PrependPath") || c.isBound("AppendPath")) && prepend.isEmpty() && append.isEmpty()) {
                return;
            }
            FormatDataStore store = FormatDataStore.of(ExecutionContext.current());
            List<Path> order = new ArrayList<>();
            for (int i = prepend.size() - 1; i >= 0; i--) {
                if (!WhatIf.skips(c, "Update FormatData", "FileName: " + prepend.get(i)) && !order.contains(prepend.get(i))) {
                    order.add(0, prepend.get(i));
                }
            }
            for (FormatDataStore.LoadedFile f : store.files()) {
                if (!order.contains(f.path())) {
                    order.add(f.path());
                }
            }
            for (Path p : append) {
                if (!WhatIf.skips(c, "Update FormatData", "FileName: " + p) && !order.contains(p)) {
                    order.add(p);
                }
            }
            List<FormatDataStore.LoadedFile> files = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            for (Path p : order) {
                FormatFileReader.Result result = FormatFileReader.read(p);
                errors.addAll(result.errors());
                files.add(new FormatDataStore.LoadedFile(p, result.views()));
            }
            if (!errors.isEmpty()) {
                // FormatAndTypeDataHelper.ThrowExceptionOnError: every message on its own line
                c.writeError("System.Management.Automation.RuntimeException", "Errors occurred while loading the format data file: \n"
                        + String.join("\n", errors) + "\n", "FormatXmlUpdateException", "InvalidOperation", null);
                return;
            }
            store.replace(files);
        }
    }

    private static List<Path> glob(CommandContext c, String parameter, String errorId) {
        return Ps1xmlGlob.resolve(c, parameter, errorId);
    }

    /**
     * Get-FormatData: one ExtendedTypeDefinition per type name that loaded views select, for the
     * -TypeName patterns (all when none is given). 5.1's built-in views are not part of the engine.
     */
    private static final class GetFormatData implements Cmdlet {
        @Override
        public void process(CommandContext c) {
            List<Wildcard> patterns = new ArrayList<>();
            if (c.isBound("TypeName") && c.parameter("TypeName") != null) {
                for (Object o : LanguagePrimitives.toList(c.parameter("TypeName"))) {
                    patterns.add(Wildcard.compile(LanguagePrimitives.toStringValue(o), false));
                }
            }
            Map<String, List<FormatViewDefinition>> byType = new LinkedHashMap<>();
            Map<String, String> spelling = new LinkedHashMap<>();
            for (FormatViewDefinition view : FormatDataStore.of(ExecutionContext.current()).views()) {
                Set<String> seen = new LinkedHashSet<>();
                for (String type : view.selectedBy()) {
                    String key = type.toLowerCase(Locale.ROOT);
                    if (seen.add(key) && (patterns.isEmpty() || patterns.stream().anyMatch(w -> w.matches(type)))) {
                        spelling.putIfAbsent(key, type);
                        byType.computeIfAbsent(key, k -> new ArrayList<>()).add(view);
                    }
                }
            }
            byType.forEach((key, views) -> c.writeObject(new ExtendedTypeDefinition(spelling.get(key), views)));
        }
    }
}
