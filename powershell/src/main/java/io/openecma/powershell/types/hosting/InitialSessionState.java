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

    private InitialSessionState() {
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
        for (String script : startupScripts) {
            NestedRunspace.Result r = runspace.invoke(java.util.List.of(java.util.List.of(new NestedRunspace.Command(
                    ". '" + script.replace("'", "''") + "'", true, false, java.util.List.of()))), null);
            if (r.failure() != null) {
                throw r.failure();
            }
        }
    }
}
