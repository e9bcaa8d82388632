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
        io.openecma.powershell.cmdlets.modules.ModuleCmdlets.register(r);
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
                    m.markExplicitExport();
                    m.exportFunctions(names);
                    List<String> aliases = new ArrayList<>();
                    if (c.isBound("Alias")) {
                        LanguagePrimitives.toList(c.parameter("Alias")).forEach(n -> aliases.add(LanguagePrimitives.toStringValue(n)));
                    }
                    m.exportAliases(aliases);
                    List<String> vars = new ArrayList<>();
                    if (c.isBound("Variable")) {
                        LanguagePrimitives.toList(c.parameter("Variable")).forEach(n -> vars.add(LanguagePrimitives.toStringValue(n)));
                    }
                    m.exportVariables(vars);
                }, ParameterSpec.positional("Function", "string[]", 0), ParameterSpec.named("Variable", "string[]"),
                ParameterSpec.named("Alias", "string[]"), ParameterSpec.named("Cmdlet", "string[]")));
    }

    static PSObject describe(ModuleInfo m) {
        PSObject o = new PSObject();
        o.setProperty("Name", m.getName());
        o.setProperty("Path", m.getPath());
        return o;
    }
}
