package io.openecma.powershell;

import java.util.List;
import java.util.Map;

/**
 * One PowerShell runspace: a global scope that persists across {@link #execute} calls until
 * {@link #reset()}. Not thread-safe: one script at a time per engine.
 */
public final class PowerShellEngine {

    private final EngineOptions options;

    private PowerShellEngine(EngineOptions options) {
        this.options = options;
    }

    public static PowerShellEngine create(EngineOptions options) {
        return new PowerShellEngine(options == null ? EngineOptions.defaults() : options);
    }

    public EngineOptions options() {
        return options;
    }

    /** Runs a script file's text with named arguments ({@code -Name value}) in the global scope. */
    public ScriptResult execute(ScriptSource source, Map<String, Object> namedArguments) {
        throw new UnsupportedOperationException("interpreter not wired yet");
    }

    /** Runs a script with positional arguments. */
    public ScriptResult execute(ScriptSource source, List<Object> positionalArguments) {
        throw new UnsupportedOperationException("interpreter not wired yet");
    }

    /** Sets a global variable (e.g. host-provided values) before running scripts. */
    public void setVariable(String name, Object value) {
        throw new UnsupportedOperationException("interpreter not wired yet");
    }

    /** Drops all global state: variables, functions, modules, $Error. Registered types stay. */
    public void reset() {
        throw new UnsupportedOperationException("interpreter not wired yet");
    }

    /**
     * Exposes a Java class to scripts under a .NET type name (case-insensitive), e.g.
     * {@code registerType("Microsoft.MetadirectoryServices.CSEntryChange", CSEntryChange.class)}.
     * Public static methods become {@code [T]::Method()}, public constructors {@code New-Object T} /
     * {@code [T]::new()}, getters/setters and public fields become properties, other public
     * methods become methods; names match case-insensitively. Enums convert from their names.
     */
    public void registerType(String dotNetFullName, Class<?> javaClass, String... aliases) {
        throw new UnsupportedOperationException("interpreter not wired yet");
    }
}
