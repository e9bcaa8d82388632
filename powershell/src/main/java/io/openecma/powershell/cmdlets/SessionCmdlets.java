package io.openecma.powershell.cmdlets;

import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.FunctionInfo;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ModuleInfo;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.PSVariable;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.Scope;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Strict mode, variables and script modules: Set-StrictMode, Set-PSDebug, Import-Module, Get-Module, Export-ModuleMember. */
public final class SessionCmdlets {

    private SessionCmdlets() {
    }

    private static Interpreter interp(CommandContext c) {
        return ((CommandContextImpl) c).interpreter();
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Set-StrictMode", () -> c -> {
                    Scope target = ((CommandContextImpl) c).callerScope();
                    if (c.switchPresent("Off")) {
                        target.setStrictVersion(0);
                        return;
                    }
                    String v = LanguagePrimitives.toStringValue(c.parameter("Version"));
                    int version = v.equalsIgnoreCase("latest") ? 3 : (int) Math.floor(LanguagePrimitives.toNumber(v).doubleValue());
                    target.setStrictVersion(Math.max(1, version));
                }, ParameterSpec.named("Version", "string").withAliases("v"), ParameterSpec.switchParameter("Off")));
        r.register(CmdletDefinition.of("Set-PSDebug", () -> c -> {
                    // As SetPSDebugCommand: -Strict is strict mode version 1 on the global scope
                    // (-Strict:$false is version 0, off); -Off clears it and wins over -Strict.
                    Scope global = interp(c).context().global();
                    if (c.switchPresent("Off")) {
                        global.setStrictVersion(null);
                    } else if (c.isBound("Strict")) {
                        global.setStrictVersion(c.switchPresent("Strict") ? 1 : 0);
                    }
                }, ParameterSpec.switchParameter("Strict"), ParameterSpec.switchParameter("Off"),
                ParameterSpec.named("Trace", "int"), ParameterSpec.switchParameter("Step")));
        r.register(CmdletDefinition.of("Import-Module", () -> SessionCmdlets::importModule,
                ParameterSpec.positional("Name", "string[]", 0).asMandatory(), ParameterSpec.switchParameter("Force"),
                ParameterSpec.switchParameter("PassThru"), ParameterSpec.switchParameter("Global"),
                ParameterSpec.named("Prefix", "string"), ParameterSpec.switchParameter("DisableNameChecking"),
                ParameterSpec.named("ArgumentList", "object[]")));
        r.register(CmdletDefinition.of("Get-Module", () -> c -> {
                    for (ModuleInfo m : interp(c).context().modules().values()) {
                        if (!c.isBound("Name") || LanguagePrimitives.toList(c.parameter("Name")).stream().anyMatch(n ->
                                Wildcard.compile(LanguagePrimitives.toStringValue(n), false).matches(m.getName()))) {
                            c.writeObject(m);
                        }
                    }
                }, ParameterSpec.positional("Name", "string[]", 0), ParameterSpec.switchParameter("ListAvailable"),
                ParameterSpec.switchParameter("All")));
        r.register(CmdletDefinition.of("Export-ModuleMember", () -> c -> {
                    ModuleInfo m = ((CommandContextImpl) c).callerScope().module();
                    if (m == null) {
                        throw c.terminatingError("System.InvalidOperationException",
                                "The Export-ModuleMember cmdlet can only be called from inside a module.", "Modules_CanOnlyExecuteExportModuleMemberInsideAModule",
                                "PermissionDenied");
                    }
                    List<String> names = new ArrayList<>();
                    LanguagePrimitives.toList(c.parameter("Function")).forEach(n -> {
                        if (n != null) {
                            names.add(LanguagePrimitives.toStringValue(n));
                        }
                    });
                    m.exportFunctions(names);
                    List<String> vars = new ArrayList<>();
                    if (c.isBound("Variable")) {
                        LanguagePrimitives.toList(c.parameter("Variable")).forEach(n -> vars.add(LanguagePrimitives.toStringValue(n)));
                    }
                    m.exportVariables(vars);
                }, ParameterSpec.positional("Function", "string[]", 0), ParameterSpec.named("Variable", "string[]"),
                ParameterSpec.named("Alias", "string[]"), ParameterSpec.named("Cmdlet", "string[]")));
    }

    private static void importModule(CommandContext c) {
        Interpreter interp = interp(c);
        for (Object n : LanguagePrimitives.toList(c.parameter("Name"))) {
            String name = LanguagePrimitives.toStringValue(n);
            Path file;
            try {
                file = c.fileSystem().resolve(name);
            } catch (RuntimeException e) {
                throw c.terminatingError("System.IO.FileNotFoundException",
                        "The specified module '" + name + "' was not loaded because no valid module file was found in any module directory.",
                        "Modules_ModuleNotFound", "ResourceUnavailable");
            }
            if (Files.isDirectory(file)) {
                file = file.resolve(file.getFileName() + ".psm1");
            }
            if (!Files.isRegularFile(file)) {
                throw c.terminatingError("System.IO.FileNotFoundException",
                        "The specified module '" + name + "' was not loaded because no valid module file was found in any module directory.",
                        "Modules_ModuleNotFound", "ResourceUnavailable");
            }
            String moduleName = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            ModuleInfo loaded = interp.context().modules().get(moduleName.toLowerCase(Locale.ROOT));
            if (loaded != null && !c.switchPresent("Force") && loaded.getPath().equals(file.toString())) {
                if (c.switchPresent("PassThru")) {
                    c.writeObject(loaded);
                }
                continue;
            }
            ScriptSource source = ScriptSource.fromFile(file);
            ScriptBlockBody body = Parser.parseScript(source.fileName(), source.text());
            ModuleInfo module = new ModuleInfo(moduleName, file.toString(), interp.context().global());
            module.scope().set("PSScriptRoot", file.getParent().toString());
            module.scope().set("PSCommandPath", file.toString());
            Scope saved = interp.scope();
            interp.setScope(module.scope());
            List<Object> out = new ArrayList<>();
            try {
                interp.runBlock(body.begin(), out);
                interp.runBlock(body.process(), out);
                interp.runBlock(body.end(), out);
            } finally {
                interp.setScope(saved);
            }
            Scope target = c.switchPresent("Global") ? interp.context().global() : saved.scriptScope();
            for (FunctionInfo f : module.exported()) {
                target.defineFunction(f);
            }
            for (String v : module.exportedVariables()) {
                PSVariable var = module.scope().local(v);
                if (var != null) {
                    target.set(v, var.value());
                }
            }
            interp.context().modules().put(moduleName.toLowerCase(Locale.ROOT), module);
            c.writeVerbose("Importing module '" + moduleName + "'.");
            if (c.switchPresent("PassThru")) {
                c.writeObject(module);
            }
        }
    }

    static PSObject describe(ModuleInfo m) {
        PSObject o = new PSObject();
        o.setProperty("Name", m.getName());
        o.setProperty("Path", m.getPath());
        return o;
    }
}
