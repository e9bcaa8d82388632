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
import io.openecma.powershell.runtime.ScopedItemOptions;
import io.openecma.powershell.runtime.SessionAlias;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Get-Alias, New-Alias and Set-Alias (5.1 has no Remove-Alias): session aliases are scoped like
 * variables and come before functions and cmdlets in command lookup; the engine's built-in aliases
 * (and those cmdlets declare) are listed too. Messages from AliasCommandStrings/SessionStateStrings.
 */
public final class AliasCmdlets {
    private AliasCmdlets() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Get-Alias", () -> AliasCmdlets::getOrSkip,
                ParameterSpec.positional("Name", "string[]", 0).fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                ParameterSpec.named("Exclude", "string[]"), ParameterSpec.named("Scope", "string"),
                ParameterSpec.named("Definition", "string[]")).withAliases("gal"));
        r.register(CmdletDefinition.of("New-Alias", () -> c -> write(c, true), writeParameters()).withAliases("nal"));
        r.register(CmdletDefinition.of("Set-Alias", () -> c -> write(c, false), writeParameters()).withAliases("sal"));
    }

    private static ParameterSpec[] writeParameters() {
        return new ParameterSpec[] {
            ParameterSpec.positional("Name", "string", 0).asMandatory().fromPipeline(PipelineInput.BY_PROPERTY_NAME),
            ParameterSpec.positional("Value", "string", 1).asMandatory().fromPipeline(PipelineInput.BY_PROPERTY_NAME),
            ParameterSpec.named("Description", "string"), ParameterSpec.named("Option", "object"),
            ParameterSpec.switchParameter("PassThru"), ParameterSpec.named("Scope", "string"), ParameterSpec.switchParameter("Force")};
    }

    /** The command an alias visible from the caller names, or null when no such alias exists. */
    public static String definitionOf(CommandContext c, String name) {
        AliasInfo a = visible(c, null).get(name.toLowerCase(Locale.ROOT));
        return a == null ? null : a.getDefinition();
    }

    /** Every alias visible from the caller, nearest first, by lower-case name. */
    public static Map<String, AliasInfo> visible(CommandContext c, Scope only) {
        Map<String, AliasInfo> out = new LinkedHashMap<>();
        Scope start = only != null ? only : VariableScopes.caller(c);
        for (Scope s = start; s != null; s = only != null ? null : s.parent()) {
            for (SessionAlias a : s.aliases().values()) {
                if (s == start || !a.has(ScopedItemOptions.Private)) {
                    out.putIfAbsent(a.name().toLowerCase(Locale.ROOT), info(c, a.name(), a.definition(),
                            ScopedItemOptions.of(a.optionBits()), a.description()));
                }
            }
        }
        if (only == null || only == ((CommandContextImpl) c).interpreter().context().global()) {
            CmdletRegistry registry = ((CommandContextImpl) c).interpreter().context().cmdlets();
            for (CmdletDefinition d : registry.all()) {
                for (String alias : d.aliases()) {
                    out.putIfAbsent(alias.toLowerCase(Locale.ROOT), info(c, alias, d.name(), ScopedItemOptions.ReadOnly, ""));
                }
            }
            SessionAlias.builtIn().forEach((name, target) ->
                    out.putIfAbsent(name, info(c, name, target, ScopedItemOptions.ReadOnly, "")));
        }
        return out;
    }

    private static AliasInfo info(CommandContext c, String name, String target, Object options, String description) {
        return new AliasInfo(name, target, command(c, target), options, description);
    }

    /**
     * The function or cmdlet an alias names, through aliases of aliases (AliasInfo.ResolvedCommand
     * follows the chain), or null.
     */
    private static CommandInfo command(CommandContext c, String name) {
        String current = name;
        for (int hops = 0; hops < 32; hops++) {
            CommandInfo found = functionOrCmdlet(c, current);
            if (found != null) {
                return found;
            }
            SessionAlias alias = VariableScopes.caller(c).findAlias(current);
            String next = alias != null ? alias.definition() : SessionAlias.builtIn().get(current.toLowerCase(Locale.ROOT));
            if (next == null) {
                return null;
            }
            current = next;
        }
        return null;
    }

    private static CommandInfo functionOrCmdlet(CommandContext c, String name) {
        FunctionInfo f = VariableScopes.caller(c).findFunction(name);
        if (f != null) {
            return new FunctionCommandInfo(f);
        }
        return ((CommandContextImpl) c).interpreter().context().cmdlets().find(name)
                .map(d -> (CommandInfo) new CmdletInfo(d, CmdletModules.moduleOf(d.name()))).orElse(null);
    }

    private static void getOrSkip(CommandContext c) {
        try {
            get(c);
        } catch (SkipInput skipped) {
            // reported as the object's binding error
        }
    }

    private static void get(CommandContext c) {
        checkNameNotNullOrEmpty(c);
        Scope scope = VariableScopes.named(c);
        List<AliasInfo> all = new ArrayList<>(visible(c, scope).values());
        all.sort((a, b) -> a.getName().compareToIgnoreCase(b.getName()));
        List<String> exclude = new ArrayList<>();
        if (c.isBound("Exclude") && c.parameter("Exclude") != null) {
            LanguagePrimitives.toList(c.parameter("Exclude")).forEach(x -> exclude.add(LanguagePrimitives.toStringValue(x)));
        }
        boolean byDefinition = c.isBound("Definition") && c.parameter("Definition") != null;
        List<String> patterns = new ArrayList<>();
        if (byDefinition) {
            LanguagePrimitives.toList(c.parameter("Definition")).forEach(x -> patterns.add(LanguagePrimitives.toStringValue(x)));
        } else if (c.expectingInput() && !c.isBound("Name")) {
            patterns.add(LanguagePrimitives.toStringValue(c.currentInput()));
        } else {
            patterns.addAll(VariableScopes.names(c, "Name"));
        }
        for (String pattern : patterns) {
            Wildcard w = Wildcard.compile(pattern, false);
            boolean found = false;
            for (AliasInfo a : all) {
                String key = byDefinition ? a.getDefinition() : a.getName();
                if (w.matches(key) && exclude.stream().noneMatch(x -> Wildcard.compile(x, false).matches(a.getName()))) {
                    c.writeObject(a);
                    found = true;
                }
            }
            if (!found && !Wildcard.containsWildcard(pattern)) {
                c.writeError("System.Management.Automation.ItemNotFoundException", "This command cannot find a matching alias "
                        + "because an alias with the " + (byDefinition ? "definition" : "name") + " '" + pattern
                        + "' does not exist.", "ItemNotFoundException", "ObjectNotFound", pattern);
            }
        }
    }

    /** Get-Alias -Name is [ValidateNotNullOrEmpty] (GetAliasCommand.cs), given or from the pipeline. */
    private static void checkNameNotNullOrEmpty(CommandContext c) {
        boolean fromPipeline = c.expectingInput() && !c.isBound("Name");
        if (!fromPipeline && !c.isBound("Name")) {
            return;
        }
        Object value = LanguagePrimitives.unwrapNull(fromPipeline ? c.currentInput() : c.parameter("Name"));
        boolean bad = value == null;
        if (!bad) {
            for (Object item : LanguagePrimitives.toList(value)) {
                Object b = LanguagePrimitives.unwrapNull(item);
                bad |= b == null || LanguagePrimitives.toStringValue(b).isEmpty();
            }
        }
        if (!bad) {
            return;
        }
        String message = value == null || value instanceof String
                ? "Cannot validate argument on parameter 'Name'. The argument is null or empty. Provide an argument that is "
                        + "not null or empty, and then try the command again."
                : "Cannot validate argument on parameter 'Name'. The argument is null, empty, or an element of the argument "
                        + "collection contains a null value. Supply a collection that does not contain any null values and then "
                        + "try the command again.";
        String type = "System.Management.Automation.ParameterBindingValidationException";
        if (fromPipeline) {
            // A pipeline object that fails binding is that object's error; the next one is still processed.
            c.writeError(type, message, "ParameterArgumentValidationError", "InvalidData", value);
            throw new SkipInput();
        }
        throw c.terminatingError(type, message, "ParameterArgumentValidationError", "InvalidData");
    }

    /** Ends the processing of one pipeline object whose binding failed. */
    private static final class SkipInput extends RuntimeException {
        SkipInput() {
            super(null, null, false, false);
        }
    }

    private static void write(CommandContext c, boolean isNew) {
        String name = LanguagePrimitives.toStringValue(c.parameter("Name"));
        String value = LanguagePrimitives.toStringValue(c.parameter("Value"));
        Scope target = VariableScopes.target(c);
        SessionAlias existing = target.aliases().get(name.toLowerCase(Locale.ROOT));
        boolean force = c.switchPresent("Force");
        if (isNew && !force && (existing != null || VariableScopes.named(c) == null && visible(c, null)
                .containsKey(name.toLowerCase(Locale.ROOT)))) {
            c.writeError("System.Management.Automation.SessionStateException",
                    "The alias is not allowed, because an alias with the name '" + name + "' already exists.",
                    "AliasAlreadyExists", "ResourceExists", name);
            return;
        }
        if (existing != null && (existing.has(ScopedItemOptions.Constant) || existing.has(ScopedItemOptions.ReadOnly) && !force)) {
            c.writeError("System.Management.Automation.SessionStateUnauthorizedAccessException", "Alias is not writeable because "
                    + "alias " + name + " is read-only or constant and cannot be written to.", "AliasNotWritable", "WriteError", name);
            return;
        }
        long bits = c.isBound("Option") && c.parameter("Option") != null ? ScopedItemOptions.bitsOf(c.parameter("Option")) : 0;
        if (existing != null && (bits & ScopedItemOptions.Constant.bits()) != 0) {
            c.writeError("System.Management.Automation.SessionStateUnauthorizedAccessException", "Alias " + name + " cannot be made "
                    + "constant after it has been created. Aliases can only be made constant at creation time.",
                    "AliasCannotBeMadeConstant", "WriteError", name);
            return;
        }
        SessionAlias alias = new SessionAlias(name, value);
        alias.setOptionBits(bits);
        if (c.isBound("Description")) {
            alias.setDescription(LanguagePrimitives.toStringValue(c.parameter("Description")));
        } else if (existing != null && !isNew) {
            alias.setDescription(existing.description());
        }
        target.aliases().put(name.toLowerCase(Locale.ROOT), alias);
        if (c.switchPresent("PassThru")) {
            c.writeObject(info(c, name, value, ScopedItemOptions.of(bits), alias.description()));
        }
    }
}
