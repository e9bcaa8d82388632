package io.openecma.powershell.cmdlets.modules;

import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.ast.Statement;
import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSHashtable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Module auto-loading (5.1's CommandDiscovery, about_Modules "Module Auto-Loading"): a command that is
 * not found is looked for among the modules on $env:PSModulePath, and the first module that exports
 * it is imported globally. A manifest's FunctionsToExport/CmdletsToExport/AliasesToExport say what it
 * exports (wildcards, or no key, mean its root module is analysed); a .psm1 exports its top-level
 * functions. $PSModuleAutoLoadingPreference = 'None' turns it off.
 */
public final class ModuleAutoLoader {
    private static final String[] EXPORT_KEYS = {"FunctionsToExport", "CmdletsToExport", "AliasesToExport"};

    private ModuleAutoLoader() {
    }

    /** The module file that exports {@code command}, or null (also when auto-loading is off). */
    public static Path moduleExporting(Interpreter interp, String command) {
        if (command.isEmpty() || command.contains("\\") || command.contains("/") || !enabled(interp)) {
            return null;
        }
        ModulePathSearch search = new ModulePathSearch(interp.context().fileSystem(),
                interp.context().environmentVariable("PSModulePath", ""));
        for (Path dir : search.moduleDirectories()) {
            List<Path> folders;
            try (Stream<Path> s = Files.list(dir)) {
                folders = s.filter(Files::isDirectory).sorted().toList();
            } catch (IOException e) {
                continue; // an unreadable folder offers nothing, as in 5.1
            }
            for (Path folder : folders) {
                List<Path> files = search.candidates(folder.getFileName().toString());
                Path file = files.stream().filter(f -> f.startsWith(folder)).findFirst().orElse(null);
                if (file != null && exports(interp, file, command)) {
                    return file;
                }
            }
        }
        return null;
    }

    private static boolean enabled(Interpreter interp) {
        Object pref = interp.getVariableOrNull("PSModuleAutoLoadingPreference");
        return pref == null || !LanguagePrimitives.toStringValue(pref).equalsIgnoreCase("None");
    }

    private static boolean exports(Interpreter interp, Path file, String command) {
        String leaf = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (leaf.endsWith(".psm1")) {
                return definesFunction(file, command);
            }
            if (!leaf.endsWith(".psd1")) {
                return false;
            }
            PSHashtable data = DataFile.readOrNull(interp, file);
            if (data == null) {
                return false;
            }
            boolean wildcard = false;
            boolean declared = false;
            for (String key : EXPORT_KEYS) {
                if (!data.containsKey(key)) {
                    wildcard |= !key.equals("AliasesToExport");
                    continue;
                }
                for (Object o : ModuleLoader.list(data.get(key))) {
                    String pattern = LanguagePrimitives.toStringValue(o);
                    if (Wildcard.containsWildcard(pattern)) {
                        wildcard |= Wildcard.compile(pattern, false).matches(command);
                    } else if (pattern.equalsIgnoreCase(command)) {
                        declared = true;
                    }
                }
            }
            if (declared) {
                return true;
            }
            Object root = data.containsKey("RootModule") ? data.get("RootModule") : data.get("ModuleToProcess");
            if (!wildcard || root == null) {
                return false;
            }
            Path rootFile = file.getParent().resolve(LanguagePrimitives.toStringValue(root).replace('\\', '/'));
            return rootFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".psm1")
                    && Files.isRegularFile(rootFile) && definesFunction(rootFile, command);
        } catch (RuntimeException e) {
            return false; // a module that cannot be read or parsed is skipped, as 5.1's analysis cache does
        }
    }

    private static boolean definesFunction(Path psm1, String command) {
        ScriptSource source = ScriptSource.fromFile(psm1);
        ScriptBlockBody body = Parser.parseScript(source.fileName(), source.text());
        List<Statement> top = new ArrayList<>();
        for (io.openecma.powershell.ast.Block b : new io.openecma.powershell.ast.Block[] {body.begin(), body.process(), body.end()}) {
            if (b != null) {
                top.addAll(b.statements()); // a body without named blocks has only an end block
            }
        }
        return top.stream().anyMatch(s -> s instanceof Statement.FunctionDefinition f && f.name().equalsIgnoreCase(command));
    }
}
