package io.openecma.powershell.runtime;

import io.openecma.powershell.host.FileSystemAccess;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The engine's side of {@link CommandContext} for one cmdlet invocation. */
public final class CommandContextImpl implements CommandContext {

    private final Interpreter interp;
    private final CmdletDefinition definition;
    private final String invokedName;
    private final Map<String, Object> bound;
    private final Set<String> explicit = new HashSet<>();
    private final List<Object> out;
    private final boolean expectingInput;
    private final Scope scope;
    private Object currentInput;

    CommandContextImpl(Interpreter interp, CmdletDefinition definition, String invokedName, Map<String, Object> bound,
                       List<Object> out, boolean expectingInput, Scope scope) {
        this.interp = interp;
        this.definition = definition;
        this.invokedName = invokedName;
        this.bound = new LinkedHashMap<>(bound);
        bound.keySet().forEach(k -> explicit.add(k.toLowerCase(Locale.ROOT)));
        this.out = out;
        this.expectingInput = expectingInput;
        this.scope = scope;
    }

    /** Engine internals for the language-level cmdlets (variables, modules, strict mode). */
    public Interpreter interpreter() {
        return interp;
    }

    /** The scope the cmdlet was called from. */
    /** The scope the command runs in (where -WhatIf and the other common parameters set preferences). */
    Scope commandScope() {
        return scope;
    }

    public Scope callerScope() {
        return scope.parent();
    }

    boolean explicit(String name) {
        return explicit.contains(name.toLowerCase(Locale.ROOT));
    }

    void setInput(Object item) {
        currentInput = item;
    }

    void bindPipeline(String name, Object value) {
        bound.put(name, value);
    }

    private String key(String name) {
        for (String k : bound.keySet()) {
            if (k.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    @Override
    public Object parameter(String name) {
        String k = key(name);
        return k == null ? null : bound.get(k);
    }

    @Override
    public boolean isBound(String name) {
        return key(name) != null;
    }

    @Override
    public boolean switchPresent(String name) {
        return LanguagePrimitives.isTrue(parameter(name));
    }

    @Override
    public Map<String, Object> boundParameters() {
        return bound;
    }

    @Override
    public Object currentInput() {
        return currentInput;
    }

    @Override
    public boolean expectingInput() {
        return expectingInput;
    }

    @Override
    public void writeObject(Object value) {
        if (value != AutomationNull.VALUE) {
            out.add(value);
        }
    }

    @Override
    public void writeEnumerated(Object value) {
        Interpreter.writeEnumerated(value, out);
    }

    @Override
    public void writeError(ErrorRecord error) {
        interp.writeError(error, out);
    }

    @Override
    public void writeError(String exceptionType, String message, String errorId, String category, Object target) {
        PSRuntimeException e = new PSRuntimeException(exceptionType, message);
        writeError(new ErrorRecord(e, qualifiedErrorId(errorId), category, target,
                interp.invocationInfo(interp.position())));
    }

    @Override
    public InvocationInfo invocationHere() {
        return interp.invocationInfo(interp.position());
    }

    @Override
    public void writeErrorQualified(String exceptionType, String message, String fullyQualifiedErrorId, String category,
                                    Object target) {
        PSRuntimeException e = new PSRuntimeException(exceptionType, message);
        writeError(new ErrorRecord(e, fullyQualifiedErrorId, category, target, interp.invocationInfo(interp.position())));
    }

    private String preference(String name) {
        return LanguagePrimitives.toStringValue(interp.getVariableOrNull(name)).toLowerCase(Locale.ROOT);
    }

    private boolean shown(String preference) {
        String p = preference(preference);
        return !(p.equals("silentlycontinue") || p.equals("ignore") || p.isEmpty());
    }

    @Override
    public void writeVerbose(String text) {
        if (shown("VerbosePreference") && !streams().redirect(InformationalStreams.VERBOSE,
                new io.openecma.powershell.types.hosting.InformationalRecord.VerboseRecord(text))) {
            interp.context().writeVerbose(text);
        }
    }

    @Override
    public void writeDebug(String text) {
        if (shown("DebugPreference") && !streams().redirect(InformationalStreams.DEBUG,
                new io.openecma.powershell.types.hosting.InformationalRecord.DebugRecord(text))) {
            interp.context().writeDebug(text);
        }
    }

    @Override
    public void writeWarning(String text) {
        if (shown("WarningPreference")) {
            Object record = new io.openecma.powershell.types.hosting.InformationalRecord.WarningRecord(text);
            streams().appendToVariables(interp.scope(), InformationalStreams.WARNING, record);
            if (!streams().redirect(InformationalStreams.WARNING, record)) {
                interp.context().writeWarning(text);
            }
        }
        if (preference("WarningPreference").equals("stop")) {
            throw new PSRuntimeException("System.Management.Automation.ActionPreferenceStopException",
                    "The running command stopped because the preference variable \"WarningPreference\" or common parameter is set to Stop: " + text);
        }
    }

    @Override
    public void writeInformation(Object message) {
        writeInformation(message, null);
    }

    /**
     * MshCommandRuntime.WriteInformation: unless the preference is Ignore the record goes to the
     * stage's redirection or else the runspace's information buffer (shown only under Continue),
     * and to the -InformationVariable lists.
     */
    @Override
    public void writeInformation(Object message, List<String> tags) {
        String preference = preference("InformationPreference");
        if (preference.equals("ignore")) {
            return;
        }
        io.openecma.powershell.types.hosting.InformationRecord record =
                new io.openecma.powershell.types.hosting.InformationRecord(message, informationSource(), tags);
        if (!streams().redirect(InformationalStreams.INFORMATION, record)) {
            interp.context().informationRecords.add(record);
            if (shown("InformationPreference")) {
                interp.context().writeInformation(record.toString());
            }
        }
        streams().appendToVariables(interp.scope(), InformationalStreams.INFORMATION, record);
        if (preference.equals("stop")) {
            throw new PSRuntimeException("System.Management.Automation.ActionPreferenceStopException",
                    "The running command stopped because the preference variable \"InformationPreference\" or common parameter is set to Stop: "
                            + record);
        }
    }

    /** Write-Host: an information record tagged PSHOST, shown whatever the preference. */
    @Override
    public void writeHost(String text) {
        if (preference("InformationPreference").equals("ignore")) {
            return;
        }
        io.openecma.powershell.types.hosting.InformationRecord record =
                new io.openecma.powershell.types.hosting.InformationRecord(text, informationSource(), List.of("PSHOST"));
        if (!streams().redirect(InformationalStreams.INFORMATION, record)) {
            interp.context().informationRecords.add(record);
            interp.context().hostWrite(text);
        }
        streams().appendToVariables(interp.scope(), InformationalStreams.INFORMATION, record);
    }

    private InformationalStreams streams() {
        return interp.context().informationalStreams();
    }

    /** Cmdlet.WriteInformation's source: the calling script's path, else the command's name. */
    private String informationSource() {
        io.openecma.powershell.ast.Position at = interp.position();
        return at != null && at.file() != null && !at.file().isEmpty() && !at.file().startsWith("<") ? at.file()
                : definition.name();
    }

    /** FullyQualifiedErrorId of a cmdlet's error: "<id>,<implementing type>" (ErrorRecord.GetInvocationTypeName), unless already qualified. */
    private String qualifiedErrorId(String errorId) {
        return errorId.contains(",") ? errorId : errorId + "," + BindingErrors.cmdletTypeName(definition);
    }

    @Override
    public PSRuntimeException terminatingError(String exceptionType, String message, String errorId, String category) {
        PSRuntimeException e = new PSRuntimeException(exceptionType, message);
        new ErrorRecord(e, qualifiedErrorId(errorId), category, null, interp.invocationInfo(interp.position()));
        return e;
    }

    @Override
    public List<Object> invoke(ScriptBlock block, Object dollarUnderscore, Object... args) {
        Scope saved = interp.scope();
        interp.setScope(scope.parent());
        try {
            return interp.invokeScriptBlock(block, dollarUnderscore, List.of(args), true, null);
        } finally {
            interp.setScope(saved);
        }
    }

    @Override
    public FileSystemAccess fileSystem() {
        return interp.context().fileSystem();
    }

    @Override
    public Object variable(String name) {
        String env = environmentName(name);
        if (env != null) {
            return interp.context().environmentVariable(env, null);
        }
        PSVariable v = lookup(name);
        return v == null ? null : v.value();
    }

    @Override
    public boolean variableExists(String name) {
        String env = environmentName(name);
        if (env != null) {
            return interp.context().environmentVariable(env, null) != null;
        }
        return lookup(name) != null;
    }

    @Override
    public void setVariable(String name, Object value) {
        String env = environmentName(name);
        if (env != null) {
            String text = LanguagePrimitives.toStringValue(value);
            if (value == null || text.isEmpty()) {
                interp.context().environment().remove(env.toUpperCase(Locale.ROOT));
            } else {
                interp.context().environment().put(env.toUpperCase(Locale.ROOT), text);
            }
            return;
        }
        String[] scoped = scoped(name);
        targetScope(scoped[0]).set(scoped[1], value);
    }

    @Override
    public boolean removeVariable(String name) {
        String env = environmentName(name);
        if (env != null) {
            return interp.context().environment().remove(env.toUpperCase(Locale.ROOT)) != null;
        }
        String[] scoped = scoped(name);
        if (scoped[0] != null) {
            return targetScope(scoped[0]).remove(scoped[1]);
        }
        for (Scope s = scope.parent() == null ? scope : scope.parent(); s != null; s = s.parent()) {
            if (s.local(scoped[1]) != null) {
                return s.remove(scoped[1]);
            }
        }
        return false;
    }

    /** The NAME of "env:NAME", else null. */
    private static String environmentName(String name) {
        return name.regionMatches(true, 0, "env:", 0, 4) ? name.substring(4) : null;
    }

    /** [scope prefix or null, name] of "variable:global:x" / "script:x" / "x". */
    private static String[] scoped(String name) {
        String n = name.regionMatches(true, 0, "variable:", 0, 9) ? name.substring(9) : name;
        int colon = n.indexOf(':');
        if (colon > 0) {
            String prefix = n.substring(0, colon).toLowerCase(Locale.ROOT);
            if (prefix.equals("global") || prefix.equals("script") || prefix.equals("local") || prefix.equals("private")) {
                return new String[]{prefix, n.substring(colon + 1)};
            }
        }
        return new String[]{null, n};
    }

    private Scope targetScope(String prefix) {
        Scope caller = scope.parent() == null ? scope : scope.parent();
        if (prefix == null) {
            return caller;
        }
        return switch (prefix) {
            case "global" -> interp.context().global();
            case "script" -> caller.scriptScope();
            default -> caller;
        };
    }

    private PSVariable lookup(String name) {
        String n = name;
        if (n.regionMatches(true, 0, "variable:", 0, 9)) {
            n = n.substring(9);
        }
        Scope caller = scope.parent() == null ? scope : scope.parent();
        int colon = n.indexOf(':');
        if (colon > 0) {
            String prefix = n.substring(0, colon).toLowerCase(Locale.ROOT);
            String rest = n.substring(colon + 1);
            return switch (prefix) {
                case "global" -> interp.context().global().local(rest);
                case "script" -> caller.scriptScope().local(rest);
                case "local", "private" -> caller.local(rest);
                default -> caller.find(n);
            };
        }
        return caller.find(n);
    }

    @Override
    public void checkCancelled() {
        interp.context().checkCancelled();
    }

    @Override
    public String commandName() {
        return invokedName;
    }
}
