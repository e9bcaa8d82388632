package io.openecma.powershell.types.hosting;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.NestedRunspace;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code System.Management.Automation.PowerShell} (PowerShell.cs): a list of statements of commands
 * run in a runspace, a new one by default ({@code Create()}) or the caller's
 * ({@code Create('CurrentRunspace')}). Invocation is synchronous; BeginInvoke runs at once.
 */
public final class PowerShellApi {

    private RunspaceApi runspace;
    private final PSCommand commands = new PSCommand();
    private final PSDataStreams streams = new PSDataStreams();
    private boolean hadErrors;
    private PSInvocationStateInfo invocationState = new PSInvocationStateInfo(PSInvocationState.NotStarted, null);

    private PowerShellApi(RunspaceApi runspace) {
        this.runspace = runspace;
    }

    public static PowerShellApi Create() {
        return new PowerShellApi(new RunspaceApi(NestedRunspace.createNew(), true));
    }

    public static PowerShellApi Create(RunspaceMode mode) {
        return mode == RunspaceMode.CurrentRunspace
                ? new PowerShellApi(new RunspaceApi(NestedRunspace.current(), true)) : Create();
    }

    public static PowerShellApi Create(InitialSessionState state) {
        NestedRunspace runspace = NestedRunspace.createNew();
        if (state != null) {
            state.applyTo(runspace);
        }
        return new PowerShellApi(new RunspaceApi(runspace, true));
    }

    public PowerShellApi AddScript(String script) {
        return AddScript(script, false);
    }

    public PowerShellApi AddScript(String script, boolean useLocalScope) {
        commands.AddScript(script, useLocalScope);
        return this;
    }

    public PowerShellApi AddCommand(String name) {
        return AddCommand(name, true);
    }

    public PowerShellApi AddCommand(String name, boolean useLocalScope) {
        commands.add(new NestedRunspace.Command(name, false, useLocalScope, new ArrayList<>()));
        return this;
    }

    /** A switch parameter: {@code AddParameter('Force')} is {@code -Force}. */
    public PowerShellApi AddParameter(String name) {
        return AddParameter(name, Boolean.TRUE);
    }

    public PowerShellApi AddParameter(String name, Object value) {
        commands.AddParameter(name, value);
        return this;
    }

    public PowerShellApi AddArgument(Object value) {
        commands.AddArgument(value);
        return this;
    }

    /** A dictionary adds named parameters, a list positional arguments (PowerShell.AddParameters). */
    public PowerShellApi AddParameters(Object parameters) {
        Object p = LanguagePrimitives.base(parameters);
        if (p instanceof Map<?, ?> map) {
            map.forEach((k, v) -> AddParameter(LanguagePrimitives.toStringValue(k), v));
        } else if (p != null && LanguagePrimitives.isEnumerable(p)) {
            LanguagePrimitives.toList(p).forEach(this::AddArgument);
        } else {
            throw new PSRuntimeException("System.ArgumentNullException",
                    "Value cannot be null.\r\nParameter name: parameters");
        }
        return this;
    }

    public PowerShellApi AddStatement() {
        commands.AddStatement();
        return this;
    }

    public PSObjectCollection Invoke() {
        return run(null);
    }

    public PSObjectCollection Invoke(Object input) {
        return run(LanguagePrimitives.toList(input));
    }

    /**
     * Invoke with settings: with AddToHistory the pipeline is recorded in the runspace's history, its
     * command line the commands' texts (PowerShell.cs, LocalPipeline's HistoryString).
     */
    public PSObjectCollection Invoke(Object input, io.openecma.powershell.types.history.PSInvocationSettings settings) {
        if (settings == null || !settings.getAddToHistory()) {
            return Invoke(input);
        }
        return HistoryRecording.run(runspace.nested().history(), commands, () -> Invoke(input));
    }

    public AsyncResult BeginInvoke() {
        try {
            return new AsyncResult(run(null), null);
        } catch (PSRuntimeException e) {
            return new AsyncResult(null, e);
        }
    }

    public PSObjectCollection EndInvoke(AsyncResult result) {
        return result.outcome();
    }

    public void Stop() {
        // Invocation is synchronous: nothing is running by the time a script can call Stop.
    }

    public void Dispose() {
        commands.Clear();
    }

    private PSObjectCollection run(List<Object> input) {
        if (commands.isEmpty()) {
            // PowerShell.cs checks for an empty command list first (resource NoCommandToInvoke).
            throw new PSRuntimeException("System.Management.Automation.PSInvalidOperationException", "No commands are specified.");
        }
        invocationState = new PSInvocationStateInfo(PSInvocationState.Running, null);
        NestedRunspace.Result result = runspace.nested().invoke(commands.statements(), input);
        streams.append(result);
        hadErrors = result.failure() != null || !result.errors().isEmpty();
        if (result.failure() != null) {
            invocationState = new PSInvocationStateInfo(PSInvocationState.Failed, result.failure());
            throw result.failure();
        }
        invocationState = new PSInvocationStateInfo(PSInvocationState.Completed, null);
        return new PSObjectCollection(result.output());
    }

    public PSDataStreams getStreams() {
        return streams;
    }

    public boolean getHadErrors() {
        return hadErrors;
    }

    public PSCommand getCommands() {
        return commands;
    }

    public RunspaceApi getRunspace() {
        return runspace;
    }

    public void setRunspace(RunspaceApi runspace) {
        this.runspace = runspace;
    }

    /** No runspace pools here: the pool is always null; setting null changes nothing (PowerShell.cs). */
    public Object getRunspacePool() {
        return null;
    }

    public void setRunspacePool(Object pool) {
        if (pool != null) {
            throw new io.openecma.powershell.runtime.PSRuntimeException(
                    "System.Management.Automation.PSNotSupportedException", "Runspace pools are not supported.");
        }
    }

    public PSInvocationStateInfo getInvocationStateInfo() {
        return invocationState;
    }
}
