package io.openecma.powershell.cmdlets;

import io.openecma.powershell.cmdlets.results.AliasInfo;
import io.openecma.powershell.cmdlets.results.CmdletInfo;
import io.openecma.powershell.cmdlets.results.CommandInfo;
import io.openecma.powershell.cmdlets.results.FunctionCommandInfo;
import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.FunctionInfo;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.runtime.Scope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Get-Command (5.1): the aliases, functions, filters and cmdlets the caller can run, by -Name
 * (wildcards), -Verb, -Noun, -Module and -CommandType; a name without wildcards resolves as the
 * engine would (alias, then function, then cmdlet) unless -All. Scripts and applications on disk
 * are not listed (the engine runs no external programs).
 */
public final class CommandCmdlets {
    private static final List<String> TYPE_ORDER = List.of("Alias", "Function", "Filter", "Cmdlet");

    private CommandCmdlets() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Get-Command", () -> CommandCmdlets::getCommand,
                ParameterSpec.positional("Name", "string[]", 0).fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                ParameterSpec.named("Verb", "string[]"), ParameterSpec.named("Noun", "string[]"),
                ParameterSpec.named("Module", "string[]").withAliases("PSSnapin"),
                ParameterSpec.named("CommandType", "string[]").withAliases("Type"),
                ParameterSpec.named("TotalCount", "int"), ParameterSpec.switchParameter("Syntax"),
                ParameterSpec.switchParameter("All"), ParameterSpec.switchParameter("ListImported"),
                ParameterSpec.named("ParameterName", "string[]"), ParameterSpec.named("ArgumentList", "object[]"),
                ParameterSpec.switchParameter("ShowCommandInfo"))
                .withAliases("gcm"));
    }

    /** Every command visible from the caller: functions nearest first, then cmdlets and their aliases. */
    static List<CommandInfo> all(CommandContext c) {
        List<CommandInfo> out = new ArrayList<>();
        Map<String, Boolean> seenFunctions = new LinkedHashMap<>();
        for (Scope s = ((CommandContextImpl) c).callerScope(); s != null; s = s.parent()) {
            for (FunctionInfo f : s.functions().values()) {
                if (seenFunctions.putIfAbsent(f.name().toLowerCase(Locale.ROOT), true) == null) {
                    out.add(new FunctionCommandInfo(f));
                }
            }
        }
        CmdletRegistry registry = ((CommandContextImpl) c).interpreter().context().cmdlets();
        for (CmdletDefinition d : registry.all()) {
            out.add(new CmdletInfo(d, CmdletModules.moduleOf(d.name())));
        }
        out.addAll(AliasCmdlets.visible(c, null).values());
        return out;
    }

    private static void getCommand(CommandContext c) {
        if (c.isBound("Name")) {
            NotNullOrEmptyArgument.check(c, "Name", c.parameter("Name")); // GetCommandCommand: [ValidateNotNullOrEmpty]
        }
        List<String> names = new ArrayList<>();
        if (c.expectingInput() && !c.isBound("Name")) {
            Object in = c.currentInput();
            names.add(in instanceof CommandInfo ci ? ci.getName() : LanguagePrimitives.toStringValue(in));
        } else if (c.isBound("Name") && c.parameter("Name") != null) {
            LanguagePrimitives.toList(c.parameter("Name")).forEach(n -> names.add(LanguagePrimitives.toStringValue(n)));
        }
        List<CommandInfo> candidates = all(c).stream().filter(i -> filtersMatch(c, i)).toList();
        List<CommandInfo> results = new ArrayList<>();
        if (names.isEmpty()) {
            results.addAll(candidates);
            results.sort(Comparator.comparing((CommandInfo i) -> TYPE_ORDER.indexOf(i.getCommandType()))
                    .thenComparing(CommandInfo::getName, String.CASE_INSENSITIVE_ORDER));
        }
        for (String name : names) {
            CommandInfo script = ScriptFileCommands.find(c, name);
            if (script != null) {
                results.add(script);
                continue;
            }
            boolean wild = Wildcard.containsWildcard(name);
            Wildcard w = Wildcard.compile(name, false);
            List<CommandInfo> found = new ArrayList<>();
            for (CommandInfo i : candidates) {
                if (w.matches(i.getName())) {
                    found.add(i);
                }
            }
            found.sort(Comparator.comparing((CommandInfo i) -> TYPE_ORDER.indexOf(i.getCommandType()))
                    .thenComparing(CommandInfo::getName, String.CASE_INSENSITIVE_ORDER));
            if (!wild && !c.switchPresent("All") && found.size() > 1) {
                found = List.of(found.get(0));
            }
            if (found.isEmpty() && !wild) {
                c.writeError("System.Management.Automation.CommandNotFoundException", "The term '" + name + "' is not "
                        + "recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling "
                        + "of the name, or if a path was included, verify that the path is correct and try again.",
                        "CommandNotFoundException", "ObjectNotFound", name);
            }
            results.addAll(found);
        }
        int limit = c.isBound("TotalCount") ? LanguagePrimitives.toNumber(c.parameter("TotalCount")).intValue() : -1;
        for (CommandInfo i : results) {
            if (limit == 0) {
                break;
            }
            c.writeObject(c.switchPresent("Syntax") ? syntax(i)
                    : c.switchPresent("ShowCommandInfo") ? ShowCommandInfos.of(i) : i);
            limit--;
        }
    }

    private static Object syntax(CommandInfo i) {
        return i instanceof AliasInfo a ? a.getDefinition() : i.getDefinition();
    }

    private static boolean filtersMatch(CommandContext c, CommandInfo i) {
        String verb = i.getName().contains("-") ? i.getName().substring(0, i.getName().indexOf('-')) : "";
        String noun = i.getName().contains("-") ? i.getName().substring(i.getName().indexOf('-') + 1) : "";
        if (c.isBound("Verb") || c.isBound("Noun")) {
            if (i instanceof AliasInfo || !i.getName().contains("-")) {
                return false;
            }
        }
        return any(c, "Verb", verb) && any(c, "Noun", noun) && any(c, "Module", i.getModuleName())
                && types(c, i.getCommandType()) && parameterNames(c, i);
    }

    private static boolean any(CommandContext c, String parameter, String value) {
        if (!c.isBound(parameter) || c.parameter(parameter) == null) {
            return true;
        }
        return LanguagePrimitives.toList(c.parameter(parameter)).stream()
                .anyMatch(p -> Wildcard.compile(LanguagePrimitives.toStringValue(p), false).matches(value));
    }

    private static boolean types(CommandContext c, String type) {
        if (!c.isBound("CommandType") || c.parameter("CommandType") == null) {
            return true;
        }
        for (Object t : LanguagePrimitives.toList(c.parameter("CommandType"))) {
            for (String part : LanguagePrimitives.toStringValue(t).split(",")) {
                String p = part.trim();
                if (p.equalsIgnoreCase("All") || p.equalsIgnoreCase(type)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean parameterNames(CommandContext c, CommandInfo i) {
        if (!c.isBound("ParameterName") || c.parameter("ParameterName") == null) {
            return true;
        }
        return LanguagePrimitives.toList(c.parameter("ParameterName")).stream().anyMatch(p -> {
            Wildcard w = Wildcard.compile(LanguagePrimitives.toStringValue(p), false);
            return i.getParameters().keySet().stream().anyMatch(k -> w.matches(LanguagePrimitives.toStringValue(k)));
        });
    }
}
