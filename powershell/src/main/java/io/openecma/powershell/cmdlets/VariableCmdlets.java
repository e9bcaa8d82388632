package io.openecma.powershell.cmdlets;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.PSVariable;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.runtime.Scope;
import io.openecma.powershell.runtime.ScopedItemOptions;

import java.util.ArrayList;
import java.util.List;

/**
 * Get-, New-, Set-, Remove- and Clear-Variable as in 5.1 (Var.cs), with -Scope, -Option
 * (ReadOnly, Constant, Private, AllScope), -Description, -Visibility, -Include/-Exclude, -PassThru,
 * -Force, and SessionStateStrings' messages and error ids.
 */
public final class VariableCmdlets {
    private static final String NOT_FOUND = "System.Management.Automation.ItemNotFoundException";
    private static final String UNAUTHORIZED = "System.Management.Automation.SessionStateUnauthorizedAccessException";

    private VariableCmdlets() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Get-Variable", () -> VariableCmdlets::get,
                ParameterSpec.positional("Name", "string[]", 0).fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                ParameterSpec.switchParameter("ValueOnly"), ParameterSpec.named("Include", "string[]"),
                ParameterSpec.named("Exclude", "string[]"), ParameterSpec.named("Scope", "string")).withAliases("gv"));
        r.register(CmdletDefinition.of("New-Variable", () -> VariableCmdlets::newVariable,
                ParameterSpec.positional("Name", "string", 0).asMandatory().fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                ParameterSpec.positional("Value", "object", 1).fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                ParameterSpec.named("Description", "string"), ParameterSpec.named("Option", "object"),
                ParameterSpec.named("Visibility", "string"), ParameterSpec.switchParameter("Force"),
                ParameterSpec.switchParameter("PassThru"), ParameterSpec.named("Scope", "string")).withAliases("nv"));
        r.register(CmdletDefinition.of("Set-Variable", SetVariable::new,
                ParameterSpec.positional("Name", "string[]", 0).asMandatory().fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                ParameterSpec.positional("Value", "object", 1).fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                ParameterSpec.named("Include", "string[]"), ParameterSpec.named("Exclude", "string[]"),
                ParameterSpec.named("Description", "string"), ParameterSpec.named("Option", "object"),
                ParameterSpec.named("Visibility", "string"), ParameterSpec.switchParameter("Force"),
                ParameterSpec.switchParameter("PassThru"), ParameterSpec.named("Scope", "string")).withAliases("set", "sv"));
        r.register(CmdletDefinition.of("Remove-Variable", () -> c -> removeOrClear(c, true),
                ParameterSpec.positional("Name", "string[]", 0).asMandatory().fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                ParameterSpec.named("Include", "string[]"), ParameterSpec.named("Exclude", "string[]"),
                ParameterSpec.switchParameter("Force"), ParameterSpec.named("Scope", "string")).withAliases("rv"));
        r.register(CmdletDefinition.of("Clear-Variable", () -> c -> removeOrClear(c, false),
                ParameterSpec.positional("Name", "string[]", 0).asMandatory().fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                ParameterSpec.named("Include", "string[]"), ParameterSpec.named("Exclude", "string[]"),
                ParameterSpec.switchParameter("Force"), ParameterSpec.switchParameter("PassThru"),
                ParameterSpec.named("Scope", "string")).withAliases("clv"));
    }

    private static void notFound(CommandContext c, String name) {
        c.writeError(NOT_FOUND, "Cannot find a variable with the name '" + name + "'.", "VariableNotFound", "ObjectNotFound", name);
    }

    private static void get(CommandContext c) {
        List<String> names = new ArrayList<>();
        if (c.expectingInput() && !c.isBound("Name")) {
            names.add(LanguagePrimitives.toStringValue(c.currentInput()));
        } else {
            names.addAll(VariableScopes.names(c, "Name"));
        }
        Scope scope = VariableScopes.named(c);
        for (String name : names) {
            List<PSVariable> found = VariableScopes.matching(c, name, scope);
            if (found.isEmpty() && !Wildcard.containsWildcard(name)) {
                notFound(c, name);
            }
            for (PSVariable v : found) {
                c.writeObject(c.switchPresent("ValueOnly") ? v.value() : v);
            }
        }
    }

    private static void newVariable(CommandContext c) {
        String name = LanguagePrimitives.toStringValue(c.parameter("Name"));
        Scope target = VariableScopes.target(c);
        PSVariable existing = target.local(name);
        if (existing != null && !c.switchPresent("Force")) {
            c.writeError("System.Management.Automation.SessionStateException", "A variable with name '" + name + "' already exists.",
                    "VariableAlreadyExists", "ResourceExists", name);
            return;
        }
        if (existing != null && existing.has(ScopedItemOptions.Constant)) {
            c.writeError(UNAUTHORIZED, "Cannot overwrite variable " + name + " because it is read-only or constant.",
                    "VariableNotWritable", "WriteError", name);
            return;
        }
        Object value = c.expectingInput() && !c.isBound("Value") ? c.currentInput() : c.parameter("Value");
        PSVariable v = new PSVariable(name, LanguagePrimitives.unwrapNull(value));
        if (c.isBound("Option") && c.parameter("Option") != null) {
            v.setOptionBits(ScopedItemOptions.bitsOf(c.parameter("Option")));
        }
        if (c.isBound("Description")) {
            v.setDescription(LanguagePrimitives.toStringValue(c.parameter("Description")));
        }
        if (c.isBound("Visibility")) {
            v.setVisibilityPrivate(visibility(c));
        }
        target.define(v);
        if (c.switchPresent("PassThru")) {
            c.writeObject(v);
        }
    }

    private static boolean visibility(CommandContext c) {
        String s = LanguagePrimitives.toStringValue(c.parameter("Visibility"));
        if (!s.equalsIgnoreCase("Public") && !s.equalsIgnoreCase("Private")) {
            throw c.terminatingError("System.Management.Automation.ParameterBindingException", "Cannot bind parameter "
                    + "'Visibility'. Cannot convert value \"" + s + "\" to type \"System.Management.Automation."
                    + "SessionStateEntryVisibility\". Error: \"Unable to match the identifier name " + s + " to a valid "
                    + "enumerator name. Specify one of the following enumerator names and try again:\r\nPublic, Private\"",
                    "CannotConvertArgumentNoMessage", "InvalidArgument");
        }
        return s.equalsIgnoreCase("Private");
    }

    /** Set-Variable: pipeline values are collected and set at the end (one as itself, several as an array). */
    private static final class SetVariable implements Cmdlet {
        private final List<Object> piped = new ArrayList<>();

        @Override
        public void process(CommandContext c) {
            if (c.expectingInput()) {
                piped.add(c.currentInput());
            }
        }

        @Override
        public void end(CommandContext c) {
            boolean fromPipeline = c.expectingInput();
            Object value = fromPipeline ? (piped.size() == 1 ? piped.get(0) : piped.toArray()) : c.parameter("Value");
            boolean valueGiven = fromPipeline || c.isBound("Value");
            Scope target = VariableScopes.target(c);
            for (String name : VariableScopes.names(c, "Name")) {
                if (Wildcard.containsWildcard(name)) {
                    for (PSVariable v : VariableScopes.matching(c, name, target)) {
                        update(c, v, value, valueGiven);
                    }
                    continue;
                }
                if (!VariableScopes.included(c, name)) {
                    continue; // SetVariableCommand filters plain names by -Include/-Exclude too
                }
                PSVariable v = target.local(name);
                if (v == null) {
                    v = new PSVariable(name, null);
                    target.define(v);
                    setValue(v, value, true); // before the options: a Constant variable takes no value after
                    long bits = c.isBound("Option") && c.parameter("Option") != null
                            ? ScopedItemOptions.bitsOf(c.parameter("Option")) : 0;
                    if (privateScope(c)) {
                        bits |= ScopedItemOptions.Private.bits(); // -Scope Private is the local scope, made Private
                    }
                    if (bits != 0) {
                        v.setOptionBits(bits);
                    }
                    describe(c, v);
                    passThru(c, v);
                    continue;
                }
                update(c, v, value, valueGiven);
            }
        }

        private static boolean privateScope(CommandContext c) {
            return c.isBound("Scope") && "private".equalsIgnoreCase(LanguagePrimitives.toStringValue(c.parameter("Scope")));
        }

        private static void update(CommandContext c, PSVariable v, Object value, boolean valueGiven) {
            boolean force = c.switchPresent("Force");
            boolean locked = v.has(ScopedItemOptions.Constant) || v.has(ScopedItemOptions.ReadOnly) && !force;
            if (locked && (valueGiven || c.isBound("Option") || c.isBound("Description"))) {
                c.writeError(UNAUTHORIZED, "Cannot overwrite variable " + v.name() + " because it is read-only or constant.",
                        "VariableNotWritable", "WriteError", v.name());
                return;
            }
            if (c.isBound("Option") && c.parameter("Option") != null) {
                long bits = ScopedItemOptions.bitsOf(c.parameter("Option"));
                if ((bits & ScopedItemOptions.Constant.bits()) != 0) {
                    c.writeError(UNAUTHORIZED, "Existing variable " + v.name() + " cannot be made constant. Variables can be made "
                            + "constant only at creation time.", "VariableCannotBeMadeConstant", "WriteError", v.name());
                    return;
                }
                v.setOptionBits(bits);
            }
            if (valueGiven) {
                setValue(v, value, true);
            }
            describe(c, v);
            passThru(c, v);
        }

        private static void setValue(PSVariable v, Object value, boolean force) {
            Object plain = LanguagePrimitives.unwrapNull(value);
            if (force) {
                v.setValueForced(plain);
            } else {
                v.setValue(plain);
            }
        }

        private static void describe(CommandContext c, PSVariable v) {
            if (c.isBound("Description")) {
                v.setDescription(LanguagePrimitives.toStringValue(c.parameter("Description")));
            }
            if (c.isBound("Visibility")) {
                v.setVisibilityPrivate(visibility(c));
            }
        }

        private static void passThru(CommandContext c, PSVariable v) {
            if (c.switchPresent("PassThru")) {
                c.writeObject(v);
            }
        }
    }

    private static void removeOrClear(CommandContext c, boolean remove) {
        Scope scope = VariableScopes.named(c);
        boolean force = c.switchPresent("Force");
        for (String name : VariableScopes.names(c, "Name")) {
            if (name.contains(":") && !name.toLowerCase(java.util.Locale.ROOT).startsWith("variable:")) {
                notFound(c, name);
                continue;
            }
            List<PSVariable> found = Wildcard.containsWildcard(name) ? VariableScopes.matching(c, name, scope)
                    : single(c, name, scope);
            if (found.isEmpty() && !Wildcard.containsWildcard(name)) {
                notFound(c, name);
                continue;
            }
            for (PSVariable v : found) {
                if (v.has(ScopedItemOptions.Constant) || v.has(ScopedItemOptions.ReadOnly) && !force) {
                    if (remove) {
                        c.writeError(UNAUTHORIZED, "Cannot remove variable " + v.name() + " because it is constant or read-only. "
                                + "If the variable is read-only, try the operation again specifying the Force option.",
                                "VariableNotRemovable", "WriteError", v.name());
                    } else {
                        c.writeError(UNAUTHORIZED, "Cannot overwrite variable " + v.name() + " because it is read-only or constant.",
                                "VariableNotWritable", "WriteError", v.name());
                    }
                    continue;
                }
                if (remove) {
                    Scope home = VariableScopes.home(v, scope != null ? scope : VariableScopes.caller(c), scope != null);
                    if (home != null) {
                        home.variables().values().removeIf(x -> x == v);
                    }
                } else {
                    try {
                        v.setValueForced(null);
                    } catch (PSRuntimeException e) {
                        c.writeError(UNAUTHORIZED, e.getMessage(), "VariableNotWritable", "WriteError", v.name());
                        continue;
                    }
                    if (c.switchPresent("PassThru")) {
                        c.writeObject(v);
                    }
                }
            }
        }
    }

    private static List<PSVariable> single(CommandContext c, String name, Scope scope) {
        String plain = name.toLowerCase(java.util.Locale.ROOT).startsWith("variable:") ? name.substring(9) : name;
        PSVariable v = scope != null ? scope.local(plain) : VariableScopes.caller(c).find(plain);
        return v == null || !VariableScopes.included(c, v.name()) ? List.of() : List.of(v);
    }
}
