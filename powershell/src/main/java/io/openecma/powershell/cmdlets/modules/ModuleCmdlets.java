package io.openecma.powershell.cmdlets.modules;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ModuleInfo;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Import-Module, Get-Module, Remove-Module, New-/Test-ModuleManifest and Import-PowerShellDataFile. */
public final class ModuleCmdlets {
    private ModuleCmdlets() {
    }

    private static Interpreter interp(CommandContext c) {
        return ((CommandContextImpl) c).interpreter();
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Import-Module", () -> c -> new ModuleImporter(c).run(),
                ParameterSpec.positional("Name", "object[]", 0).fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.named("ModuleInfo", "object[]"), ParameterSpec.switchParameter("Force"),
                ParameterSpec.switchParameter("PassThru"), ParameterSpec.switchParameter("Global"),
                ParameterSpec.named("Scope", "string"), ParameterSpec.named("Prefix", "string"),
                ParameterSpec.switchParameter("DisableNameChecking"), ParameterSpec.switchParameter("NoClobber"),
                ParameterSpec.named("ArgumentList", "object[]").withAliases("Args"),
                ParameterSpec.named("Function", "string[]"), ParameterSpec.named("Cmdlet", "string[]"),
                ParameterSpec.named("Variable", "string[]"), ParameterSpec.named("Alias", "string[]"),
                ParameterSpec.switchParameter("AsCustomObject"),
                ParameterSpec.named("MinimumVersion", "string").withAliases("Version"),
                ParameterSpec.named("MaximumVersion", "string"), ParameterSpec.named("RequiredVersion", "string"),
                ParameterSpec.named("FullyQualifiedName", "object[]")));
        r.register(CmdletDefinition.of("Get-Module", () -> ModuleCmdlets::getModule,
                ParameterSpec.positional("Name", "string[]", 0), ParameterSpec.switchParameter("ListAvailable"),
                ParameterSpec.switchParameter("All"), ParameterSpec.switchParameter("Refresh"),
                ParameterSpec.named("FullyQualifiedName", "object[]"), ParameterSpec.named("PSEdition", "string")));
        r.register(CmdletDefinition.of("Remove-Module", () -> c -> new ModuleRemoval(c).run(),
                ParameterSpec.positional("Name", "object[]", 0).fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.named("ModuleInfo", "object[]"), ParameterSpec.switchParameter("Force"),
                ParameterSpec.named("FullyQualifiedName", "object[]")));
        r.register(CmdletDefinition.of("New-ModuleManifest", () -> ModuleCmdlets::newManifest, newManifestParameters()));
        r.register(CmdletDefinition.of("Test-ModuleManifest", () -> c -> {
                    Path file = c.fileSystem().resolve(LanguagePrimitives.toStringValue(c.parameter("Path")));
                    c.writeObject(ModuleCatalog.describe(c, interp(c), file));
                }, ParameterSpec.positional("Path", "string", 0).asMandatory().fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME)));
        r.register(CmdletDefinition.of("Import-PowerShellDataFile", () -> c -> {
                    String p = LanguagePrimitives.toStringValue(c.isBound("LiteralPath") ? c.parameter("LiteralPath") : c.parameter("Path"));
                    c.writeObject(DataFile.read(c, interp(c), c.fileSystem().resolve(p)));
                }, ParameterSpec.positional("Path", "string", 0), ParameterSpec.named("LiteralPath", "string").withAliases("PSPath")));
    }

    private static void getModule(CommandContext c) {
        // GetModuleCommand: -PSEdition keeps the modules whose CompatiblePSEditions name that edition.
        String edition = c.isBound("PSEdition") ? LanguagePrimitives.toStringValue(c.parameter("PSEdition")) : null;
        java.util.function.Consumer<ModuleInfo> out = m -> {
            if (edition == null || m.getCompatiblePSEditions().stream().anyMatch(edition::equalsIgnoreCase)) {
                c.writeObject(m);
            }
        };
        List<String> patterns = new ArrayList<>();
        if (c.isBound("Name")) {
            LanguagePrimitives.toList(c.parameter("Name")).forEach(n -> patterns.add(LanguagePrimitives.toStringValue(n)));
        }
        if (c.isBound("FullyQualifiedName")) {
            List<ModuleSpec> specs = new ArrayList<>();
            LanguagePrimitives.toList(c.parameter("FullyQualifiedName")).forEach(o -> specs.add(ModuleSpec.fromFullyQualifiedName(o)));
            List<ModuleInfo> pool = c.switchPresent("ListAvailable") ? ModuleCatalog.available(c, interp(c), c.switchPresent("All"))
                    : loadedByName(c);
            for (ModuleSpec s : specs) {
                if (c.switchPresent("ListAvailable") && ModulePathSearch.looksLikePath(s.name())) {
                    // A path in a specification names the modules there (all versions); the constraints filter them.
                    ModuleCatalog.atPath(c, interp(c), s.name()).stream().filter(m -> s.accepts(m.getVersion(), m.getGuid()))
                            .forEach(out);
                }
            }
            for (ModuleInfo m : pool) {
                if (specs.stream().anyMatch(s -> !(c.switchPresent("ListAvailable") && ModulePathSearch.looksLikePath(s.name()))
                        && s.matchesModule(m))) {
                    out.accept(m);
                }
            }
            return;
        }
        if (c.switchPresent("ListAvailable")) {
            List<String> names = patterns.stream().filter(p -> !ModulePathSearch.looksLikePath(p)).toList();
            for (String path : patterns.stream().filter(ModulePathSearch::looksLikePath).toList()) {
                ModuleCatalog.atPath(c, interp(c), path).forEach(out);
            }
            if (!names.isEmpty() || patterns.isEmpty()) {
                for (ModuleInfo m : ModuleCatalog.available(c, interp(c), c.switchPresent("All"))) {
                    if (matches(names, m.getName())) {
                        out.accept(m);
                    }
                }
            }
            return;
        }
        List<ModuleInfo> found = new ArrayList<>();
        for (ModuleInfo m : interp(c).context().modules().values()) {
            if (matches(patterns, m.getName())) {
                found.add(m);
            }
            if (c.switchPresent("All")) {
                m.getNestedModules().stream().filter(n -> matches(patterns, n.getName())).forEach(found::add);
            }
        }
        found.sort(BY_NAME);
        found.forEach(out);
    }

    /** ModuleIntrinsics.GetModules returns the loaded modules ordered by name (a stable sort). */
    private static final java.util.Comparator<ModuleInfo> BY_NAME = java.util.Comparator.comparing(ModuleInfo::getName, String.CASE_INSENSITIVE_ORDER);

    private static List<ModuleInfo> loadedByName(CommandContext c) {
        List<ModuleInfo> loaded = new ArrayList<>(interp(c).context().modules().values());
        loaded.sort(BY_NAME);
        return loaded;
    }

    private static boolean matches(List<String> patterns, String name) {
        return patterns.isEmpty() || patterns.stream().anyMatch(p -> Wildcard.compile(p, false).matches(name));
    }

    private static void newManifest(CommandContext c) {
        Path file = c.fileSystem().resolve(LanguagePrimitives.toStringValue(c.parameter("Path")));
        String leaf = file.getFileName().toString();
        if (!leaf.toLowerCase(java.util.Locale.ROOT).endsWith(".psd1")) {
            throw c.terminatingError("System.ArgumentException", "The module manifest file name '" + leaf
                    + "' is not valid. Module manifest file names must have a .psd1 extension.", "Modules_InvalidModuleManifestPath", "InvalidArgument");
        }
        String text = new ManifestWriter(c).write(leaf.substring(0, leaf.length() - 5));
        if (c.switchPresent("PassThru")) {
            c.writeObject(text);
            return;
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            // 5.1 writes the manifest as UTF-16 LE with a byte-order mark (Encoding.Unicode).
            byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
            byte[] bytes = new byte[body.length + 2];
            bytes[0] = (byte) 0xFF;
            bytes[1] = (byte) 0xFE;
            System.arraycopy(body, 0, bytes, 2, body.length);
            Files.write(file, bytes);
        } catch (IOException e) {
            throw c.terminatingError("System.IO.IOException", e.getMessage(), "System.IO.IOException", "WriteError");
        }
    }

    private static ParameterSpec[] newManifestParameters() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.positional("Path", "string", 0).asMandatory());
        for (String array : List.of("NestedModules", "RequiredModules", "RequiredAssemblies", "ScriptsToProcess", "TypesToProcess",
                "FormatsToProcess", "FunctionsToExport", "CmdletsToExport", "VariablesToExport", "AliasesToExport",
                "DscResourcesToExport", "ModuleList", "FileList", "CompatiblePSEditions", "Tags")) {
            specs.add(ParameterSpec.named(array, "object[]"));
        }
        for (String scalar : List.of("RootModule", "ModuleVersion", "Guid", "Author", "CompanyName", "Copyright", "Description",
                "PowerShellVersion", "PowerShellHostName", "PowerShellHostVersion", "DotNetFrameworkVersion", "CLRVersion",
                "ProcessorArchitecture", "HelpInfoUri", "DefaultCommandPrefix", "LicenseUri", "ProjectUri", "IconUri", "ReleaseNotes")) {
            specs.add(ParameterSpec.named(scalar, "object"));
        }
        specs.add(ParameterSpec.named("PrivateData", "object"));
        specs.add(ParameterSpec.switchParameter("PassThru"));
        return specs.toArray(new ParameterSpec[0]);
    }
}
