package io.openecma.powershell.types.hosting;

import io.openecma.powershell.runtime.NestedRunspace;

/**
 * {@code [initialsessionstate]}: every runspace this engine makes starts with the full command set;
 * what a state adds are its {@code Variables}, {@code Commands} (function entries) and
 * {@code StartupScripts}, which a runspace created from it defines and runs in its global scope
 * before anything else.
 */
public final class InitialSessionState {

    private final SessionStateEntries<SessionStateVariableEntry> variables =
            new SessionStateEntries<>(SessionStateVariableEntry.class);
    /** Function entries only: cmdlet entries are not modelled. */
    private final SessionStateEntries<SessionStateFunctionEntry> commands =
            new SessionStateEntries<>(SessionStateFunctionEntry.class);

    /** Paths of scripts a new runspace runs (dot-sourced, in its global scope) before anything else. */
    private final java.util.List<String> startupScripts = new java.util.ArrayList<>();

    /** Modules a new runspace imports (by name or path) before its startup scripts run. */
    private final java.util.List<String> modulesToImport = new java.util.ArrayList<>();

    private InitialSessionState() {
    }

    /** InitialSessionState.ImportPSModule(string[] name): a null list is an ArgumentNullException for "name". */
    public void ImportPSModule(String[] name) {
        if (name == null) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("System.ArgumentNullException",
                    "Value cannot be null.\r\nParameter name: name").withParamName("name");
        }
        modulesToImport.addAll(java.util.Arrays.asList(name));
    }

    public static InitialSessionState CreateDefault() {
        return new InitialSessionState();
    }

    public static InitialSessionState CreateDefault2() {
        return new InitialSessionState();
    }

    public static InitialSessionState Create() {
        return new InitialSessionState();
    }

    public SessionStateEntries<SessionStateVariableEntry> getVariables() {
        return variables;
    }

    public SessionStateEntries<SessionStateFunctionEntry> getCommands() {
        return commands;
    }

    public java.util.List<String> getStartupScripts() {
        return startupScripts;
    }

    /** Defines this state's variables and functions in a new runspace. */
    void applyTo(NestedRunspace runspace) {
        for (SessionStateVariableEntry v : variables) {
            runspace.setVariable(v.getName(), v.getValue());
        }
        for (SessionStateFunctionEntry f : commands) {
            runspace.defineFunction(f.getName(), f.getDefinition());
        }
        for (String module : modulesToImport) {
            runStartup(runspace, "Import-Module '" + module.replace("'", "''") + "'");
        }
        for (String script : startupScripts) {
            runStartup(runspace, ". '" + script.replace("'", "''") + "'");
        }
    }

    private static void runStartup(NestedRunspace runspace, String script) {
        NestedRunspace.Result r = runspace.invoke(java.util.List.of(java.util.List.of(new NestedRunspace.Command(
                script, true, false, java.util.List.of()))), null);
        if (r.failure() != null) {
            throw r.failure();
        }
    }
}
