package io.openecma.powershell.types.hosting;

import io.openecma.powershell.runtime.NestedRunspace;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.ArrayList;
import java.util.List;

/** {@code PowerShell.Commands} (PSCommand): statements, each a pipeline of commands. */
public final class PSCommand {
    private final List<List<NestedRunspace.Command>> statements = new ArrayList<>();

    void add(NestedRunspace.Command command) {
        if (statements.isEmpty()) {
            statements.add(new ArrayList<>());
        }
        statements.get(statements.size() - 1).add(command);
    }

    void newStatement() {
        if (!statements.isEmpty() && !statements.get(statements.size() - 1).isEmpty()) {
            statements.add(new ArrayList<>());
        }
    }

    /** The command a parameter goes to; PowerShell.cs throws PowerShellNoCommandToAddParameterTo without one. */
    NestedRunspace.Command last() {
        if (statements.isEmpty() || statements.get(statements.size() - 1).isEmpty()) {
            throw new PSRuntimeException("System.Management.Automation.PSInvalidOperationException",
                    "A command is required to add a parameter. A command must be added to the PowerShell instance before adding a parameter.");
        }
        List<NestedRunspace.Command> pipeline = statements.get(statements.size() - 1);
        return pipeline.get(pipeline.size() - 1);
    }

    boolean isEmpty() {
        return statements.stream().allMatch(List::isEmpty);
    }

    List<List<NestedRunspace.Command>> statements() {
        return statements;
    }

    /** The commands' texts, as {@code Commands.Commands} lists them. */
    public List<Object> getCommands() {
        List<Object> all = new ArrayList<>();
        statements.forEach(s -> s.forEach(c -> all.add(c.text())));
        return all;
    }

    public PSCommand AddScript(String script) {
        return AddScript(script, false);
    }

    public PSCommand AddScript(String script, boolean useLocalScope) {
        add(new NestedRunspace.Command(script, true, useLocalScope, new ArrayList<>()));
        return this;
    }

    public PSCommand AddCommand(String name) {
        add(new NestedRunspace.Command(name, false, true, new ArrayList<>()));
        return this;
    }

    /** A switch parameter: {@code AddParameter('Force')} is {@code -Force}. */
    public PSCommand AddParameter(String name) {
        return AddParameter(name, Boolean.TRUE);
    }

    public PSCommand AddParameter(String name, Object value) {
        last().parameters().add(new NestedRunspace.Parameter(name, value));
        return this;
    }

    public PSCommand AddArgument(Object value) {
        last().parameters().add(new NestedRunspace.Parameter(null, value));
        return this;
    }

    public PSCommand AddStatement() {
        newStatement();
        return this;
    }

    public void Clear() {
        statements.clear();
    }
}
