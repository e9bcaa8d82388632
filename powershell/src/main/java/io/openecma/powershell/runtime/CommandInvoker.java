package io.openecma.powershell.runtime;

import io.openecma.powershell.ast.CommandElement;
import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.Parameter;
import io.openecma.powershell.ast.PipelineElement;
import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.trace.BindingTrace;
import io.openecma.powershell.runtime.trace.PSTraceSource;
import io.openecma.powershell.types.PSType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves and runs commands: functions (with PowerShell's parameter binding), compiled cmdlets
 * and script blocks, applying common parameters and {@code $PSDefaultParameterValues}.
 */
final class CommandInvoker {

    /** One evaluated command argument: named ({@code -Name[:value]}) or positional. */
    record Argument(String name, Object value, boolean hasValue, boolean colon, String numberText) {
        Argument(String name, Object value, boolean hasValue, boolean colon) {
            this(name, value, hasValue, colon, null);
        }

        static Argument positional(Object value) {
            return new Argument(null, value, true, false);
        }

        boolean isNamed() {
            return name != null;
        }
    }

    private static final Map<String, String> ALIASES = new HashMap<>();

    static {
        String[][] aliases = {{"%", "ForEach-Object"}, {"foreach", "ForEach-Object"}, {"?", "Where-Object"},
                {"where", "Where-Object"}, {"select", "Select-Object"}, {"echo", "Write-Output"}, {"write", "Write-Output"},
                {"gm", "Get-Member"}, {"gv", "Get-Variable"}, {"sv", "Set-Variable"}, {"rv", "Remove-Variable"},
                {"ipmo", "Import-Module"}, {"gmo", "Get-Module"}, {"sort", "Sort-Object"}, {"measure", "Measure-Object"},
                {"group", "Group-Object"}, {"gc", "Get-Content"}, {"cat", "Get-Content"}, {"type", "Get-Content"},
                {"ac", "Add-Content"}, {"gi", "Get-Item"}, {"ri", "Remove-Item"}, {"rm", "Remove-Item"},
                {"del", "Remove-Item"}, {"ni", "New-Item"}, {"irm", "Invoke-RestMethod"}, {"iwr", "Invoke-WebRequest"},
                {"epcsv", "Export-Csv"}, {"ipcsv", "Import-Csv"}, {"cd", "Set-Location"}, {"pwd", "Get-Location"},
                {"ft", "Format-Table"}, {"fl", "Format-List"}, {"tee", "Tee-Object"}};
        for (String[] a : aliases) {
            ALIASES.put(a[0], a[1]);
        }
    }

    private final Interpreter interp;
    /**
     * By identity: a body is a record whose hashCode walks its whole syntax tree, on every call.
     * Bounded, since [scriptblock]::Create in a loop makes a new body each time.
     */
    private final Map<ScriptBlockBody, List<ParameterInfo>> parameterCache = new java.util.IdentityHashMap<>();
    private final PositionalParameters positional = new PositionalParameters();

    CommandInvoker(Interpreter interp) {
        this.interp = interp;
    }

    // ---------------------------------------------------------------- arguments

    private List<Argument> evaluateArguments(List<CommandElement> elements) {
        List<Argument> args = new ArrayList<>();
        for (CommandElement e : elements) {
            if (e instanceof CommandElement.ParameterName p) {
                args.add(p.argument() == null
                        ? new Argument(p.name(), null, false, false)
                        : new Argument(p.name(), LanguagePrimitives.unwrapNull(interp.eval(p.argument())), true, true));
            } else if (e instanceof CommandElement.Argument a) {
                Object v = interp.eval(a.value());
                args.add(new Argument(null, v == AutomationNull.VALUE ? null : v, true, false, a.numberText()));
            } else if (e instanceof CommandElement.Splat s) {
                Object v = LanguagePrimitives.base(interp.getVariable("", s.variable()));
                if (v instanceof Map<?, ?> m) {
                    m.forEach((k, val) -> args.add(new Argument(LanguagePrimitives.toStringValue(k),
                            val instanceof SwitchParameter sp ? sp.isPresent() : val, true, true)));
                } else if (v != null) {
                    for (Object item : LanguagePrimitives.toList(v)) {
                        args.add(Argument.positional(item));
                    }
                }
            }
        }
        return args;
    }

    // ---------------------------------------------------------------- dispatch

    void invoke(PipelineElement.Command command, List<Object> input, List<Object> out) {
        if (command.methodSyntax() && interp.scope().strictVersion() >= 2 && command.elements().size() == 1
                && command.elements().get(0) instanceof CommandElement.Argument a
                && a.value() instanceof Expression.Paren p && p.inner() instanceof io.openecma.powershell.ast.Statement.Pipeline pl
                && pl.elements().size() == 1 && pl.elements().get(0) instanceof PipelineElement.ExpressionElement ee
                && ee.expression() instanceof Expression.ArrayLiteral) {
            throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                    "The function or command was called as if it were a method. Parameters should be separated by spaces. "
                            + "For information about parameters, see the about_Parameters Help topic.");
        }
        List<Argument> args = evaluateArguments(command.elements());
        if (!command.invocation().isEmpty()) {
            Object target = LanguagePrimitives.base(interp.eval(command.name()));
            boolean dot = command.invocation().equals(".");
            if (target instanceof ScriptBlock sb) {
                if (dot && sb.body().parameters().isEmpty()) {
                    dotSourceBlock(sb, input, out);
                } else if (sb.closure() != null) {
                    List<Object> positional = new ArrayList<>();
                    args.stream().filter(x -> !x.isNamed()).forEach(x -> positional.add(x.value()));
                    out.addAll(interp.invokeScriptBlock(sb, null, positional, false, input));
                } else {
                    FunctionInfo f = new FunctionInfo("<ScriptBlock>", false, List.of(), sb.body(),
                            sb.module() instanceof ModuleInfo m ? m : null);
                    callFunction(f, "<ScriptBlock>", args, input, out, null);
                }
                return;
            }
            if (target instanceof FunctionInfo f) {
                callFunction(f, f.name(), args, input, out, null);
                return;
            }
            if (target instanceof CmdletDefinition d) {
                callCmdlet(d, d.name(), args, input, out);
                return;
            }
            runNamed(LanguagePrimitives.toStringValue(target), args, input, out, dot);
            return;
        }
        runNamed(((Expression.StringConstant) command.name()).value(), args, input, out, false);
    }

    /** The engine's built-in aliases (lower-case name to command), for Get-Alias and Get-Command. */
    static Map<String, String> builtInAliases() {
        return java.util.Collections.unmodifiableMap(ALIASES);
    }

    /** Runs a command by name as a pipeline stage would (the hosting API's AddCommand). */
    void runNamedCommand(String name, List<Argument> args, List<Object> input, List<Object> out) {
        runNamed(name, args, input, out, false);
    }

    private void runNamed(String name, List<Argument> args, List<Object> input, List<Object> out, boolean dot) {
        // New-Alias/Set-Alias aliases come first, as aliases do in 5.1's command lookup.
        String aliased = SessionAlias.resolve(interp.scope(), name);
        if (aliased != null) {
            name = aliased;
        }
        FunctionInfo f = interp.scope().findFunction(name);
        if (f != null) {
            callFunction(f, name, args, input, out, null);
            return;
        }
        String resolved = ALIASES.getOrDefault(name.toLowerCase(Locale.ROOT), name);
        CmdletDefinition d = interp.context().cmdlets().find(resolved).orElse(null);
        if (d == null && resolved.contains("\\")) {
            // Module-qualified names such as Microsoft.PowerShell.Utility\Write-Output.
            d = interp.context().cmdlets().find(resolved.substring(resolved.lastIndexOf('\\') + 1)).orElse(null);
        }
        if (d != null && HelpSwitch.asked(d, args)) {
            runNamed("Get-Help", List.of(Argument.positional(d.name())), null, out, false);
            return;
        }
        if (d != null) {
            callCmdlet(d, name, args, input, out);
            return;
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".ps1")) {
            runScriptFile(name, args, input, out, dot);
            return;
        }
        if (autoLoad(name)) {
            runNamed(name, args, input, out, dot);
            return;
        }
        throw RuntimeErrors.commandNotFound(name);
    }

    /** Imports the module on PSModulePath that exports the command, if one does; true when it now resolves. */
    private boolean autoLoad(String name) {
        io.openecma.powershell.ast.Position at = interp.position();
        java.nio.file.Path module = io.openecma.powershell.cmdlets.modules.ModuleAutoLoader.moduleExporting(interp, name);
        interp.restorePosition(at);
        if (module == null) {
            return false;
        }
        runNamed("Import-Module", List.of(Argument.positional(module.toString()), new Argument("Global", true, false, false)),
                null, new ArrayList<>(), false);
        return interp.scope().findFunction(name) != null || SessionAlias.resolve(interp.scope(), name) != null
                || interp.context().cmdlets().find(name).isPresent();
    }

    private void runScriptFile(String path, List<Argument> args, List<Object> input, List<Object> out, boolean dot) {
        java.nio.file.Path file = interp.context().fileSystem().resolve(path);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw RuntimeErrors.commandNotFound(path);
        }
        io.openecma.powershell.ScriptSource source = io.openecma.powershell.ScriptSource.fromFile(file);
        ScriptBlockBody body = io.openecma.powershell.parser.Parser.parseScript(source.fileName(), source.text());
        ScriptRequirements.of(source.text()).verify(file.getFileName().toString(), this::importRequiredModule);
        // A script runs in the session state it is called from (a module's, when called from one).
        FunctionInfo f = new FunctionInfo(file.getFileName().toString(), false, List.of(), body, interp.scope().module());
        if (dot) {
            // Dot-sourcing binds the script's param block like a call, but into the current scope; the
            // automatic variables of the call ($args, $PSBoundParameters, $MyInvocation) are the
            // script's own while it runs (5.1 keeps them in a dotted-scope frame), then the caller's again.
            Scope here = interp.scope();
            Map<String, PSVariable> saved = new HashMap<>();
            for (String name : List.of("args", "PSBoundParameters", "MyInvocation", "PSCmdlet", "input")) {
                saved.put(name, here.local(name));
            }
            try {
                bindAndRun(f, path, args, input, out, here, null);
            } catch (TerminatingErrorSignal s) {
                throw s.error();
            } finally {
                saved.forEach((name, v) -> {
                    if (v == null) {
                        here.remove(name);
                    } else {
                        here.define(v);
                    }
                });
            }
            return;
        }
        callFunction(f, path, args, input, out, null);
    }

    /**
     * {@code . { ... }}: the block runs in the current scope, with its own $MyInvocation while it
     * runs (5.1's dotted-scope frame), then the caller's again.
     */
    private void dotSourceBlock(ScriptBlock sb, List<Object> input, List<Object> out) {
        Scope here = interp.scope();
        PSVariable saved = here.local("MyInvocation");
        FunctionInfo f = new FunctionInfo("<ScriptBlock>", false, List.of(), sb.body(), null);
        here.setLazy("MyInvocation", new MyInvocationValue(f, ".", new PSHashtable(), interp.position()));
        try {
            interp.invokeScriptBlock(sb, interp.getVariableOrNull("_"), List.of(), true, input, out);
        } finally {
            if (saved == null) {
                here.remove("MyInvocation");
            } else {
                here.define(saved);
            }
        }
    }

    /** A #requires -Modules entry: imported globally (ModuleCmdletBase.LoadRequiredModule); false when it cannot be. */
    private boolean importRequiredModule(Object spec) {
        io.openecma.powershell.ast.Position at = interp.position();
        try {
            runNamed("Import-Module", List.of(new Argument("FullyQualifiedName", spec, true, false),
                    new Argument("Global", true, false, false), new Argument("ErrorAction", "Stop", true, false)),
                    null, new ArrayList<>(), false);
            return true;
        } catch (PSRuntimeException e) {
            return false;
        } finally {
            interp.restorePosition(at);
        }
    }

    // ---------------------------------------------------------------- functions

    List<ParameterInfo> parameters(FunctionInfo f) {
        if (parameterCache.size() >= 4096 && !parameterCache.containsKey(f.body())) {
            parameterCache.clear();
        }
        return parameterCache.computeIfAbsent(f.body(), b -> {
            List<Parameter> declared = !f.parameters().isEmpty() ? f.parameters() : b.parameters();
            List<ParameterInfo> list = new ArrayList<>();
            for (Parameter p : declared) {
                list.add(ParameterInfo.of(p, interp::eval));
            }
            ParameterSetLimit.check(list);
            return list;
        });
    }

    /** Calls a function or script block in a new scope with bound parameters, honouring begin/process/end. */
    void callFunction(FunctionInfo f, String invokedName, List<Argument> args, List<Object> input, List<Object> out,
                      Object dollarUnderscore) {
        if (HelpSwitch.asked(f, invokedName, args, parameters(f))) {
            runNamed("Get-Help", List.of(Argument.positional(invokedName)), null, out, false);
            return;
        }
        Scope caller = interp.scope();
        Scope parent = Scope.currentScopeOf(f.module(), caller, interp.context().global());
        Scope fs = new Scope(parent, f.module(), false, caller);
        try {
            bindAndRun(f, invokedName, args, input, out, fs, dollarUnderscore);
        } catch (TerminatingErrorSignal s) {
            throw s.error();
        }
    }

    /** Runs a script body as the engine's top-level script, in the given (global) scope. */
    void runScript(FunctionInfo f, List<Argument> args, List<Object> out, Scope target) {
        try {
            bindAndRun(f, f.name(), args, null, out, target, null);
        } catch (TerminatingErrorSignal s) {
            throw s.error();
        }
    }

    private void bindAndRun(FunctionInfo f, String invokedName, List<Argument> args, List<Object> input,
                            List<Object> callerOut, Scope fs, Object dollarUnderscore) {
        Scope caller = interp.scope();
        List<Object> out = callerOut;
        List<ParameterInfo> params = parameters(f);
        boolean advanced = f.body().isAdvanced();
        io.openecma.powershell.runtime.limits.CallDepth depth = interp.context().callDepth();
        depth.enter();
        interp.setScope(fs);
        try {
            applyDefaults(invokedName, args, params);
            Binding binding = bind(f, invokedName, params, args, advanced, fs);
            out = PipeVariables.attach(interp, caller, commonText(binding, "outvariable"),
                    commonText(binding, "errorvariable"), callerOut);
            interp.context().informationalStreams().attachVariables(interp, caller, fs,
                    commonText(binding, "warningvariable"), commonText(binding, "informationvariable"));
            PSHashtable bound = binding.bound;
            fs.set("PSBoundParameters", bound);
            fs.set("args", binding.unbound.toArray());
            fs.setLazy("MyInvocation", new MyInvocationValue(f, invokedName, bound, interp.position()));
            if (advanced) {
                fs.set("PSCmdlet", new PSCmdletInfo(binding.parameterSet, interp, bound, out, f.name(),
                        cmdletBindingValue(f, "ConfirmImpact")));
            }
            if (dollarUnderscore != null) {
                fs.set("_", dollarUnderscore);
            }
            ScriptBlockBody body = f.body();
            try {
                boolean hasNamedBlocks = body.begin() != null || body.process() != null;
                if (f.filter() && !hasNamedBlocks) {
                    processAll(f, params, input, out, fs, body.end(), binding, true);
                    return;
                }
                runGuarded(body.begin(), out);
                if (body.process() != null) {
                    processAll(f, params, input, out, fs, body.process(), binding, false);
                } else {
                    fs.set("input", input == null ? new Object[0] : input.toArray());
                    // No process block: each input object is still bound as it arrives (the body is the
                    // end block, so it sees the last one), as 5.1's ProcessRecord binds before any block runs.
                    if (input != null) {
                        for (Object item : input) {
                            bindPipeline(params, item, fs, binding);
                        }
                    }
                }
                if (body.end() != null) {
                    checkMandatory(f, params, binding, input != null && !input.isEmpty());
                    runGuarded(body.end(), out);
                }
            } finally {
                CleanBlock.run(interp, body.clean());
            }
        } catch (PSRuntimeException e) {
            throw BindingErrors.forCommand(e, commandLabel(f), commandLabel(f));
        } catch (StackOverflowError e) {
            // A thread with less stack than the depth limit needs: the same error, at the first call that can raise it.
            throw io.openecma.powershell.runtime.limits.CallDepth.overflow();
        } finally {
            depth.exit();
            interp.setScope(caller);
            OutputPipe.deliver(out, callerOut);
        }
    }

    private static String commonText(Binding binding, String name) {
        Object v = binding.common.get(name);
        return v == null ? null : LanguagePrimitives.toStringValue(v);
    }

    /** The name a function's errors carry (a script block has none, a script file its file name). */
    private static String commandLabel(FunctionInfo f) {
        if (f.name().equals("<ScriptBlock>")) {
            return "";
        }
        return f.name().contains("/") || f.name().contains("\\") ? java.nio.file.Path.of(f.name()).getFileName().toString() : f.name();
    }

    private void runGuarded(io.openecma.powershell.ast.Block block, List<Object> out) {
        try {
            interp.runBlock(block, out);
        } catch (ControlFlow.Return r) {
            r.flushTo(out); // 'return' ends the current block.
        }
    }

    private void processAll(FunctionInfo f, List<ParameterInfo> params, List<Object> input, List<Object> out, Scope fs,
                            io.openecma.powershell.ast.Block block, Binding binding, boolean filter) {
        if (input == null) {
            checkMandatory(f, params, binding, false);
            runGuarded(block, out);
            return;
        }
        for (Object item : input) {
            interp.context().checkCancelled();
            fs.set("_", item);
            fs.set("PSItem", item);
            bindPipeline(params, item, fs, binding);
            checkMandatory(f, params, binding, true);
            runGuarded(block, out);
        }
    }

    private void bindPipeline(List<ParameterInfo> params, Object item, Scope fs, Binding binding) {
        for (ParameterInfo p : params) {
            if (p.fromPipeline() && p.inSet(binding.parameterSet) && !binding.explicit.contains(p.name())) {
                Object v;
                try {
                    v = convertParameter(p, item);
                } catch (PSRuntimeException e) {
                    // An input the by-value parameter cannot take is offered to the by-name ones
                    // (ParameterBinding.Tests: binding failure on one parameter does not fail the other).
                    continue;
                }
                fs.set(p.name(), v);
                binding.bound.put(p.name(), v);
                return;
            }
        }
        for (ParameterInfo p : params) {
            if (p.fromPipelineByName() && !binding.explicit.contains(p.name())) {
                Object v = interp.getMember(item, p.name());
                if (v != null) {
                    v = convertParameter(p, v);
                    fs.set(p.name(), v);
                    binding.bound.put(p.name(), v);
                }
            }
        }
    }

    private static final class Binding {
        final PSHashtable bound = new PSHashtable(true);
        final List<Object> unbound = new ArrayList<>();
        final Set<String> explicit = new java.util.HashSet<>();
        /** Common parameters given, by canonical name. */
        final Map<String, Object> common = new HashMap<>();
        String parameterSet = ParameterInfo.ALL_SETS;
    }

    private Binding bind(FunctionInfo f, String name, List<ParameterInfo> params, List<Argument> args, boolean advanced,
                         Scope fs) {
        Binding b = new Binding();
        Map<ParameterInfo, Object> values = new LinkedHashMap<>();
        NumberArgumentTexts texts = new NumberArgumentTexts();
        List<Object> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Argument a = args.get(i);
            if (!a.isNamed()) {
                texts.positional(positional.size(), a.numberText());
                positional.add(a.value());
                continue;
            }
            ParameterInfo p = findParameter(params, a.name(), name);
            if (p == null) {
                String common = advanced ? CommonParameters.exact(a.name()) : null;
                if (common != null) {
                    b.common.put(common, applyCommon(common, a, fs, i + 1 < args.size() ? args.get(i + 1) : null));
                    if (!a.hasValue() && CommonParameters.needsValue(common) && i + 1 < args.size() && !args.get(i + 1).isNamed()) {
                        i++;
                    }
                    continue;
                }
                if (advanced && params.stream().anyMatch(ParameterInfo::remaining)) {
                    // an unknown name is one of the remaining arguments, as its text (ParameterBinding.Tests)
                    positional.add(new PositionalBinder.Unmatched("-" + a.name() + (a.colon() ? ":" : "")));
                    if (a.hasValue()) {
                        positional.add(new PositionalBinder.Unmatched(a.value()));
                    }
                    continue;
                }
                if (advanced) {
                    throw bindingError("A parameter cannot be found that matches parameter name '" + a.name() + "'.",
                            "NamedParameterNotFound");
                }
                b.unbound.add("-" + a.name() + (a.colon() ? ":" : ""));
                if (a.hasValue()) {
                    b.unbound.add(a.value());
                }
                continue;
            }
            Object value;
            if (p.isSwitch()) {
                value = a.hasValue() ? a.value() : Boolean.TRUE;
            } else if (a.hasValue()) {
                value = a.value();
            } else if (i + 1 < args.size() && !args.get(i + 1).isNamed()) {
                value = args.get(++i).value();
                texts.named(p, args.get(i).numberText());
            } else {
                throw bindingError("Missing an argument for parameter '" + p.name() + "'. Specify a parameter of type '"
                        + (p.typeName() == null ? "System.Object" : p.typeName().toString()) + "' and try again.",
                        "MissingArgument");
            }
            if (values.containsKey(p)) {
                throw bindingError("Cannot bind parameter because parameter '" + p.name() + "' is specified more than once. "
                        + "To provide multiple values to parameters that can accept multiple values, use the array syntax. "
                        + "For example, \"-parameter value1,value2,value3\".", "ParameterAlreadyBound");
            }
            values.put(p, value);
        }
        List<Object> leftover = PositionalBinder.bind(params, positionalParameters(params), positional, values,
                defaultSet(f), texts::bindPositional);
        ParameterInfo remaining = null;
        for (ParameterInfo p : params) {
            if (p.remaining()) {
                remaining = p;
                break;
            }
        }
        if (!leftover.isEmpty()) {
            if (remaining != null) {
                values.put(remaining, leftover.toArray());
            } else if (advanced) {
                throw bindingError("A positional parameter cannot be found that accepts argument '"
                        + LanguagePrimitives.toStringValue(leftover.get(0)) + "'.", "PositionalParameterNotFound");
            } else {
                b.unbound.addAll(leftover);
            }
        }
        b.parameterSet = chooseSet(f, params, values.keySet());
        for (Map.Entry<ParameterInfo, Object> e : values.entrySet()) {
            ParameterInfo p = e.getKey();
            if (advanced) {
                StrictBooleanElements.check(p, e.getValue());
            }
            Object v = texts.stringFor(p, interp) != null ? texts.stringFor(p, interp) : convertParameter(p, e.getValue());
            validate(p, v);
            b.bound.put(p.name(), v);
            b.explicit.add(p.name());
        }
        for (ParameterInfo p : params) {
            if (b.bound.containsKey(p.name())) {
                PSVariable var = new PSVariable(p.name(), b.bound.get(p.name()));
                fs.define(var);
                constrain(var, p);
            } else {
                Object def = p.defaultValue() == null ? (p.isSwitch() ? new SwitchParameter(false) : null)
                        : LanguagePrimitives.unwrapNull(interp.eval(p.defaultValue()));
                PSVariable var = new PSVariable(p.name(), p.typeName() == null || def == null && !p.isSwitch()
                        ? def : convertParameter(p, def));
                fs.define(var);
                constrain(var, p);
            }
        }
        return b;
    }

    private void constrain(PSVariable var, ParameterInfo p) {
        if (p.typeName() != null && !p.isSwitch()) {
            PSType t = interp.context().types().resolve(p.typeName());
            if (t != null && !t.fullName().equals("System.Object")) {
                var.constrain(t);
            }
        }
    }

    /** -Verbose, -Debug, -ErrorAction etc. set the corresponding preference in the function's scope; returns the value. */
    private Object applyCommon(String c, Argument a, Scope fs, Argument following) {
        Object value = a.hasValue() ? a.value()
                : (CommonParameters.needsValue(c) && following != null && !following.isNamed() ? following.value() : Boolean.TRUE);
        switch (c) {
            case "verbose" -> fs.set("VerbosePreference", LanguagePrimitives.isTrue(value) ? "Continue" : "SilentlyContinue");
            case "debug" -> fs.set("DebugPreference", LanguagePrimitives.isTrue(value) ? "Continue" : "SilentlyContinue");
            case "erroraction" -> fs.set("ErrorActionPreference", LanguagePrimitives.toStringValue(value));
            case "warningaction" -> fs.set("WarningPreference", LanguagePrimitives.toStringValue(value));
            case "informationaction" -> fs.set("InformationPreference", LanguagePrimitives.toStringValue(value));
            case "whatif" -> fs.set("WhatIfPreference", LanguagePrimitives.isTrue(value));
            case "confirm" -> fs.set("ConfirmPreference", Confirmation.preferenceFor(LanguagePrimitives.isTrue(value)));
            default -> { /* variables are set up by the caller (PipeVariables); buffering is accepted */ }
        }
        return value;
    }

    private List<ParameterInfo> positionalParameters(List<ParameterInfo> params) {
        return positional.of(params);
    }

    private ParameterInfo findParameter(List<ParameterInfo> params, String name, String command) {
        for (ParameterInfo p : params) {
            if (p.matches(name)) {
                return p;
            }
        }
        List<ParameterInfo> prefixed = params.stream()
                .filter(p -> p.name().toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT))).toList();
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        if (prefixed.size() > 1) {
            throw bindingError("Parameter cannot be processed because the parameter name '" + name
                    + "' is ambiguous. Possible matches include: " + String.join(" ",
                    prefixed.stream().map(p -> "-" + p.name()).toList()) + ".", "AmbiguousParameter");
        }
        return null;
    }

    private String chooseSet(FunctionInfo f, List<ParameterInfo> params, Set<ParameterInfo> bound) {
        Set<String> candidates = new java.util.LinkedHashSet<>();
        params.forEach(p -> candidates.addAll(p.sets()));
        if (candidates.isEmpty()) {
            return defaultSet(f);
        }
        String declaredDefault = defaultSet(f);
        if (!declaredDefault.equals(ParameterInfo.ALL_SETS)) {
            candidates.add(declaredDefault);
        }
        List<String> possible = new ArrayList<>();
        for (String set : candidates) {
            if (bound.stream().allMatch(p -> p.inSet(set))) {
                possible.add(set);
            }
        }
        if (possible.isEmpty()) {
            throw bindingError("Parameter set cannot be resolved using the specified named parameters. One or more parameters "
                    + "issued cannot be used together or an insufficient number of parameters were provided.", "AmbiguousParameterSet");
        }
        if (possible.size() == 1) {
            return possible.get(0);
        }
        String def = defaultSet(f);
        if (possible.contains(def)) {
            return def;
        }
        // Prefer the set whose specific parameters were bound, then one without unbound mandatory parameters.
        for (String set : possible) {
            boolean specific = bound.stream().anyMatch(p -> p.sets().contains(set));
            boolean satisfied = params.stream().filter(p -> p.sets().contains(set) && p.mandatory())
                    .allMatch(bound::contains);
            if (specific && satisfied) {
                return set;
            }
        }
        for (String set : possible) {
            if (params.stream().filter(p -> p.sets().contains(set) && p.mandatory()).allMatch(bound::contains)) {
                return set;
            }
        }
        return possible.get(0);
    }

    private String defaultSet(FunctionInfo f) {
        String set = cmdletBindingValue(f, "DefaultParameterSetName");
        return set == null ? ParameterInfo.ALL_SETS : set;
    }

    /** A named argument of the function's [CmdletBinding()], as text, or null when not given. */
    private String cmdletBindingValue(FunctionInfo f, String name) {
        for (var a : f.body().attributes()) {
            if (a.typeName().name().equalsIgnoreCase("CmdletBinding")) {
                for (var e : a.named().entrySet()) {
                    if (e.getKey().equalsIgnoreCase(name) && e.getValue() != null) {
                        return LanguagePrimitives.toStringValue(interp.eval(e.getValue()));
                    }
                }
            }
        }
        return null;
    }

    private void checkMandatory(FunctionInfo f, List<ParameterInfo> params, Binding b, boolean pipelineRunning) {
        List<String> missing = new ArrayList<>();
        for (ParameterInfo p : params) {
            if (p.mandatory() && p.inSet(b.parameterSet) && !b.bound.containsKey(p.name())
                    && !(p.fromPipeline() || p.fromPipelineByName()) ) {
                missing.add(p.name());
            } else if (p.mandatory() && p.inSet(b.parameterSet) && !b.bound.containsKey(p.name()) && !pipelineRunning) {
                missing.add(p.name());
            }
        }
        if (!missing.isEmpty()) {
            throw bindingError("Cannot process command because of one or more missing mandatory parameters: "
                    + String.join(" ", missing) + ".", "MissingMandatoryParameter");
        }
    }

    private Object convertParameter(ParameterInfo p, Object value) {
        value = LanguagePrimitives.unwrapNull(value);
        if (p.isSwitch()) {
            return new SwitchParameter(LanguagePrimitives.isTrue(value));
        }
        if (p.typeName() == null) {
            return value;
        }
        PSType type = interp.resolveType(p.typeName());
        if (value == null && p.mandatory() && type.javaClass() != Boolean.class) {
            return null; // the binder keeps $null for the mandatory-argument rule (HandleNullParameterForSpecialTypes)
        }
        try {
            if (value == null && !type.javaClass().isPrimitive() && !(type.fullName().equals("System.String")
                    || type.javaClass() == Boolean.class || type.javaClass() == Integer.class || type.javaClass() == Long.class
                    || type.javaClass() == Double.class)) {
                return null;
            }
            return Operators.is(value, type) ? LanguagePrimitives.base(value) : LanguagePrimitives.convertStrict(value, type);
        } catch (PSRuntimeException e) {
            throw bindingError("Cannot process argument transformation on parameter '" + p.name() + "'. " + e.getMessage(),
                    "ParameterArgumentTransformationError");
        }
    }

    private void validate(ParameterInfo p, Object v) {
        Object b = LanguagePrimitives.base(v);
        if (p.notNull() && b == null) {
            throw bindingError("Cannot validate argument on parameter '" + p.name()
                    + "'. The argument is null. Provide a valid value for the argument, and then try running the command again.",
                    "ParameterArgumentValidationError");
        }
        if (p.validateRange() != null && b != null) {
            for (Object item : LanguagePrimitives.toList(b)) {
                Object[] range = p.validateRange();
                if (LanguagePrimitives.compare(item, range[0], false) < 0) {
                    throw bindingError("Cannot validate argument on parameter '" + p.name() + "'. The "
                            + LanguagePrimitives.toStringValue(item) + " argument is less than the minimum allowed range of "
                            + LanguagePrimitives.toStringValue(range[0])
                            + ". Supply an argument that is greater than or equal to " + LanguagePrimitives.toStringValue(range[0])
                            + " and then try the command again.", "ParameterArgumentValidationError");
                }
                if (LanguagePrimitives.compare(item, range[1], false) > 0) {
                    throw bindingError("Cannot validate argument on parameter '" + p.name() + "'. The "
                            + LanguagePrimitives.toStringValue(item) + " argument is greater than the maximum allowed range of "
                            + LanguagePrimitives.toStringValue(range[1])
                            + ". Supply an argument that is less than or equal to " + LanguagePrimitives.toStringValue(range[1])
                            + " and then try the command again.", "ParameterArgumentValidationError");
                }
            }
        }
        if (p.validateScript() != null && b != null) {
            for (Object item : LanguagePrimitives.toList(b)) {
                ScriptBlock sb = p.validateScript();
                if (!LanguagePrimitives.isTrue(LanguagePrimitives.fromPipeline(interp.invokeScriptBlock(sb, item, List.of(), true, null)))) {
                    throw bindingError("Cannot validate argument on parameter '" + p.name() + "'. The \"" + sb
                            + "\" validation script for the argument with value \"" + LanguagePrimitives.toStringValue(item)
                            + "\" did not return a result of True. Determine why the validation script failed, and then try the command again.",
                            "ParameterArgumentValidationError");
                }
            }
        }
        if (p.notNullOrEmpty() && (b == null || "".equals(b) || LanguagePrimitives.isEnumerable(b) && LanguagePrimitives.count(b) == 0)) {
            throw bindingError("Cannot validate argument on parameter '" + p.name()
                    + "'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
                    "ParameterArgumentValidationError");
        }
        if (p.validateSet() != null && b != null) {
            for (Object item : LanguagePrimitives.toList(b)) {
                boolean ok = p.validateSet().stream().anyMatch(s -> LanguagePrimitives.equals(
                        LanguagePrimitives.toStringValue(item), s, false));
                if (!ok) {
                    throw bindingError("Cannot validate argument on parameter '" + p.name() + "'. The argument \""
                            + LanguagePrimitives.toStringValue(item) + "\" does not belong to the set \""
                            + String.join(",", p.validateSet().stream().map(LanguagePrimitives::toStringValue).toList())
                            + "\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.",
                            "ParameterArgumentValidationError");
                }
            }
        }
        if (p.validatePattern() != null && b != null) {
            for (Object item : LanguagePrimitives.toList(b)) {
                if (!LanguagePrimitives.isTrue(Operators.match(item, p.validatePattern(), false, false, m -> { }))) {
                    throw bindingError("Cannot validate argument on parameter '" + p.name() + "'. The argument \""
                            + LanguagePrimitives.toStringValue(item) + "\" does not match the \"" + p.validatePattern()
                            + "\" pattern. Supply an argument that matches \"" + p.validatePattern() + "\" and try the command again.",
                            "ParameterArgumentValidationError");
                }
            }
        }
        if (p.mandatory()) {
            MandatoryArgumentRule.of(p.name(), p.typeName(), interp::resolveType, p.allowNull(), p.allowEmptyString(),
                    p.allowEmptyCollection()).check(v);
        }
    }

    static PSRuntimeException bindingError(String message, String id) {
        return BindingErrors.of(message, id);
    }

    /** $PSDefaultParameterValues: "Command:Parameter" keys (wildcards allowed) fill unbound parameters. */
    private void applyDefaults(String command, List<Argument> args, List<ParameterInfo> params) {
        Object table = LanguagePrimitives.base(interp.getVariableOrNull("PSDefaultParameterValues"));
        if (!(table instanceof Map<?, ?> map) || map.isEmpty()) {
            return;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = LanguagePrimitives.toStringValue(e.getKey());
            int colon = key.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String cmd = key.substring(0, colon).strip();
            String param = key.substring(colon + 1).strip();
            if (!Wildcard.compile(cmd, false).matches(command)) {
                continue;
            }
            boolean given = args.stream().anyMatch(a -> a.isNamed() && a.name().equalsIgnoreCase(param));
            boolean declared = params == null || params.stream().anyMatch(p -> p.matches(param));
            if (!given && declared) {
                Object value = e.getValue() instanceof ScriptBlock sb
                        ? LanguagePrimitives.fromPipeline(interp.invokeScriptBlock(sb, null, List.of(), false, null))
                        : e.getValue();
                args.add(new Argument(param, value, true, true));
            }
        }
    }

    // ---------------------------------------------------------------- cmdlets

    void callCmdlet(CmdletDefinition d, String invokedName, List<Argument> args, List<Object> input, List<Object> out) {
        try {
            runCmdlet(d, invokedName, args, input, out);
        } catch (PSRuntimeException e) {
            throw BindingErrors.forCommand(e, d.name(), BindingErrors.cmdletTypeName(d));
        }
    }

    private void runCmdlet(CmdletDefinition d, String invokedName, List<Argument> args, List<Object> input, List<Object> out) {
        Scope caller = interp.scope();
        List<Argument> all = new ArrayList<>(args);
        applyDefaults(d.name(), all, null);
        Map<String, Object> bound = new LinkedHashMap<>();
        Map<String, String> common = new HashMap<>();
        List<Object> positional = new ArrayList<>();
        try (PSTraceSource.Scope trace = BindingTrace.named(d.name())) {
            for (int i = 0; i < all.size(); i++) {
                Argument a = all.get(i);
                if (!a.isNamed()) {
                    positional.add(a.value());
                    continue;
                }
                ParameterSpec spec = findSpec(d, a.name());
                if (spec == null) {
                    String full = CommonParameters.withPrefix(a.name());
                    if (full != null) {
                        Object value = a.hasValue() ? a.value() : CommonParameters.needsValue(full) && i + 1 < all.size() && !all.get(i + 1).isNamed()
                                ? all.get(++i).value() : Boolean.TRUE;
                        common.put(full, LanguagePrimitives.toStringValue(value));
                        continue;
                    }
                    throw bindingError("A parameter cannot be found that matches parameter name '" + a.name() + "'.",
                            "NamedParameterNotFound");
                }
                Object value;
                if (spec.isSwitch()) {
                    value = a.hasValue() ? a.value() : Boolean.TRUE;
                } else if (a.hasValue()) {
                    value = a.value();
                } else if (i + 1 < all.size() && !all.get(i + 1).isNamed()) {
                    value = all.get(++i).value();
                } else {
                    throw bindingError("Missing an argument for parameter '" + spec.name() + "'. Specify a parameter of type '"
                            + spec.typeName() + "' and try again.", "MissingArgument");
                }
                bound.put(spec.name(), convertSpec(spec, value));
                BindingTrace.bound(value, spec.name(), bound.get(spec.name()));
            }
        }
        List<ParameterSpec> positionalSpecs = this.positional.ofCmdlet(d.parameters());
        int next = 0;
        List<Object> rest = new ArrayList<>();
        java.util.Set<String> boundByPosition = new java.util.HashSet<>();
        try (PSTraceSource.Scope trace = BindingTrace.positional(d.name())) {
            for (Object v : positional) {
                while (next < positionalSpecs.size() && bound.containsKey(positionalSpecs.get(next).name())) {
                    next++;
                }
                if (next < positionalSpecs.size()) {
                    ParameterSpec spec = positionalSpecs.get(next++);
                    bound.put(spec.name(), convertSpec(spec, v));
                    BindingTrace.bound(v, spec.name(), bound.get(spec.name()));
                    boundByPosition.add(spec.name());
                } else {
                    rest.add(v);
                }
            }
        }
        if (!rest.isEmpty()) {
            ParameterSpec remaining = d.parameters().stream().filter(ParameterSpec::remaining).findFirst().orElse(null);
            if (remaining == null) {
                throw bindingError("A positional parameter cannot be found that accepts argument '"
                        + LanguagePrimitives.toStringValue(rest.get(0)) + "'.", "PositionalParameterNotFound");
            }
            // A positional ValueFromRemainingArguments parameter collects its own argument and the rest.
            List<Object> collected = new ArrayList<>();
            if (remaining.position() >= 0 && boundByPosition.contains(remaining.name())) {
                collected.addAll(LanguagePrimitives.toList(bound.get(remaining.name())));
            }
            collected.addAll(rest);
            bound.put(remaining.name(), collected.toArray());
        }
        for (ParameterSpec spec : d.parameters()) {
            if (spec.mandatory() && bound.containsKey(spec.name())) {
                mandatoryRule(spec).check(bound.get(spec.name()));
            }
        }
        Scope cs = new Scope(caller, caller.module(), false);
        common.forEach((k, v) -> applyCommon(k, new Argument(k, v.equalsIgnoreCase("True") ? Boolean.TRUE
                : v.equalsIgnoreCase("False") ? Boolean.FALSE : v, true, true), cs, null));
        List<Object> pipe = PipeVariables.attach(interp, caller, common.get("outvariable"), common.get("errorvariable"), out);
        interp.context().informationalStreams().attachVariables(interp, caller, cs, common.get("warningvariable"),
                common.get("informationvariable"));
        CommandContextImpl ctx = new CommandContextImpl(interp, d, invokedName, bound, pipe, input != null, cs);
        Cmdlet cmdlet = d.factory().get();
        try {
            interp.setScope(cs);
            BindingTrace.mandatoryCheck(d.name()).close();
            try (PSTraceSource.Scope trace = BindingTrace.calling("BeginProcessing")) {
                cmdlet.begin(ctx);
            }
            if (input == null) {
                checkCmdletMandatory(d, bound, false);
                try (PSTraceSource.Scope trace = BindingTrace.calling("ProcessRecord")) {
                    cmdlet.process(ctx);
                }
            } else {
                for (Object item : input) {
                    interp.context().checkCancelled();
                    ctx.setInput(item);
                    try (PSTraceSource.Scope trace = BindingTrace.pipeline(d.name(), item)) {
                        bindSpecPipeline(d, ctx, item);
                    }
                    checkCmdletMandatory(d, ctx.boundParameters(), true);
                    try (PSTraceSource.Scope trace = BindingTrace.calling("ProcessRecord")) {
                        cmdlet.process(ctx);
                    }
                }
            }
            try (PSTraceSource.Scope trace = BindingTrace.calling("EndProcessing")) {
                cmdlet.end(ctx);
            }
        } catch (PSRuntimeException e) {
            // -ErrorAction Stop: an error the cmdlet raised ends the script (not only the statement).
            if (LanguagePrimitives.toStringValue(cs.local("ErrorActionPreference") == null ? null
                    : cs.local("ErrorActionPreference").value()).equalsIgnoreCase("Stop")) {
                e.markScriptTerminating();
            }
            throw e;
        } finally {
            interp.setScope(caller);
            OutputPipe.deliver(pipe, out);
        }
    }

    private void checkCmdletMandatory(CmdletDefinition d, Map<String, Object> bound, boolean withInput) {
        // A loop, not a stream: this runs once per pipeline input object.
        List<String> missing = null;
        for (ParameterSpec p : d.parameters()) {
            if (p.mandatory() && !bound.containsKey(p.name())
                    && !(withInput && p.pipeline() != ParameterSpec.PipelineInput.NONE)) {
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(p.name());
            }
        }
        if (missing != null) {
            throw bindingError("Cannot process command because of one or more missing mandatory parameters: "
                    + String.join(" ", missing) + ".", "MissingMandatoryParameter");
        }
    }

    private void bindSpecPipeline(CmdletDefinition d, CommandContextImpl ctx, Object item) {
        for (ParameterSpec p : d.parameters()) {
            if (ctx.explicit(p.name())) {
                continue;
            }
            if (p.pipeline() == ParameterSpec.PipelineInput.BY_VALUE) {
                BindingTrace.pipelineParameter(p.name());
                ctx.bindPipeline(p.name(), convertSpec(p, item));
                BindingTrace.bound(item, p.name(), ctx.parameter(p.name()));
                return;
            }
            if (p.pipeline() == ParameterSpec.PipelineInput.BY_VALUE_AND_PROPERTY_NAME) {
                ctx.bindPipeline(p.name(), convertByValueOrProperty(p, item));
                return;
            }
        }
        for (ParameterSpec p : d.parameters()) {
            if (!ctx.explicit(p.name()) && (p.pipeline() == ParameterSpec.PipelineInput.BY_PROPERTY_NAME)) {
                Object v = PipelinePropertyValue.of(item, p);
                if (v != io.openecma.powershell.types.Members.MISSING) {
                    ctx.bindPipeline(p.name(), convertSpec(p, v));
                }
            }
        }
    }

    /** The item itself when it converts, else its property of the parameter's name (5.1's binder order). */
    private Object convertByValueOrProperty(ParameterSpec p, Object item) {
        try {
            return convertSpec(p, item);
        } catch (PSRuntimeException e) {
            Object v = PipelinePropertyValue.of(item, p);
            if (v == io.openecma.powershell.types.Members.MISSING) {
                throw e;
            }
            return convertSpec(p, v);
        }
    }

    private MandatoryArgumentRule mandatoryRule(ParameterSpec spec) {
        String t = spec.typeName();
        io.openecma.powershell.ast.TypeName declared = t == null || t.equalsIgnoreCase("object") ? null
                : io.openecma.powershell.parser.TypeNames.parse(t, interp.position());
        return MandatoryArgumentRule.of(spec.name(), declared, interp::resolveType,
                spec.allows().contains(ParameterSpec.Allow.NULL), spec.allows().contains(ParameterSpec.Allow.EMPTY_STRING),
                spec.allows().contains(ParameterSpec.Allow.EMPTY_COLLECTION));
    }

    private ParameterSpec findSpec(CmdletDefinition d, String name) {
        for (ParameterSpec p : d.parameters()) {
            if (p.matches(name)) {
                return p;
            }
        }
        List<ParameterSpec> prefixed = d.parameters().stream()
                .filter(p -> p.name().toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT))).toList();
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        if (prefixed.size() > 1) {
            throw bindingError("Parameter cannot be processed because the parameter name '" + name
                    + "' is ambiguous.", "AmbiguousParameter");
        }
        return null;
    }

    Object convertSpec(ParameterSpec spec, Object value) {
        value = LanguagePrimitives.unwrapNull(value);
        if (spec.isSwitch()) {
            return new SwitchParameter(LanguagePrimitives.isTrue(value));
        }
        String t = spec.typeName();
        if (t == null || t.equalsIgnoreCase("object")) {
            return value;
        }
        try {
            PSType type = interp.resolveType(io.openecma.powershell.parser.TypeNames.parse(t, interp.position()));
            if (value == null) {
                return null;
            }
            return Operators.is(value, type) ? LanguagePrimitives.base(value) : type.convert(value);
        } catch (PSRuntimeException e) {
            // A compiled cmdlet's parameter has no transformation attribute: ParameterBinderBase.CoerceTypeAsNeeded
            // reports the failed cast itself (ParameterBinderStrings.CannotConvertArgumentNoMessage).
            throw bindingError("Cannot bind parameter '" + spec.name() + "'. " + e.getMessage(),
                    "CannotConvertArgumentNoMessage");
        }
    }
}
