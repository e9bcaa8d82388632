package io.openecma.runtime.pwsh;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptError;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.runtime.ErrorRecord;
import io.openecma.powershell.runtime.InvocationInfo;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.runtime.ecma2.Ecma2Types;
import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.runtime.host.WindowsPathMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stand-in's System.Management.Automation.PowerShell: the members the host script uses, over a
 * runspace that is one embedded engine (confined to the connector's folders, as the embedded
 * runtime's). A terminating error fails Invoke() and is kept in InvocationStateInfo.Reason with
 * the ErrorRecord shape PowerShell gives it.
 */
public final class StandInPowerShell {

    private Runspace runspace;
    private final Commands commands = new Commands();
    private final Streams streams = new Streams();
    private InvocationStateInfo invocationStateInfo = new InvocationStateInfo("NotStarted", null);

    public static StandInPowerShell Create() {
        return new StandInPowerShell();
    }

    public Runspace getRunspace() {
        return runspace;
    }

    public void setRunspace(Runspace runspace) {
        this.runspace = runspace;
    }

    public Commands getCommands() {
        return commands;
    }

    public Streams getStreams() {
        return streams;
    }

    public InvocationStateInfo getInvocationStateInfo() {
        return invocationStateInfo;
    }

    public StandInPowerShell AddScript(String text) {
        commands.script = text;
        return this;
    }

    public StandInPowerShell AddParameter(String name, Object value) {
        commands.parameters.put(name, value);
        return this;
    }

    public List<Object> Invoke() {
        if (runspace == null) {
            runspace = RunspaceFactory.CreateRunspace();
            runspace.Open();
        }
        runspace.hostOutput = streams.information;
        ScriptResult result = runspace.execute(commands.script, new LinkedHashMap<>(commands.parameters));
        streams.verbose.addAll(result.verbose().stream().map(Message::new).toList());
        streams.debug.addAll(result.debug().stream().map(Message::new).toList());
        streams.warning.addAll(result.warning().stream().map(Message::new).toList());
        result.information().forEach(t -> streams.information.add(new Information(t, List.of())));
        streams.error.addAll(result.errors());
        if (result.terminatingError().isPresent()) {
            ScriptError e = result.terminatingError().get();
            invocationStateInfo = new InvocationStateInfo("Failed", new Reason(e));
            throw new PSRuntimeException("System.Management.Automation.MethodInvocationException",
                    "Exception calling \"Invoke\" with \"0\" argument(s): \"" + e.message() + "\"");
        }
        invocationStateInfo = new InvocationStateInfo("Completed", null);
        return result.output();
    }

    /** PSCommand: what the next Invoke() runs. */
    public static final class Commands {
        String script = "";
        final Map<String, Object> parameters = new LinkedHashMap<>();

        public void Clear() {
            script = "";
            parameters.clear();
        }
    }

    /** PSDataStreams. */
    public static final class Streams {
        final List<Message> verbose = new ArrayList<>();
        final List<Message> debug = new ArrayList<>();
        final List<Message> warning = new ArrayList<>();
        final List<Information> information = new ArrayList<>();
        final List<ErrorRecord> error = new ArrayList<>();

        public List<Message> getVerbose() {
            return verbose;
        }

        public List<Message> getDebug() {
            return debug;
        }

        public List<Message> getWarning() {
            return warning;
        }

        public List<Information> getInformation() {
            return information;
        }

        public List<ErrorRecord> getError() {
            return error;
        }

        public void ClearStreams() {
            verbose.clear();
            debug.clear();
            warning.clear();
            information.clear();
            error.clear();
        }
    }

    /** VerboseRecord, DebugRecord, WarningRecord. */
    public record Message(String text) {
        public String getMessage() {
            return text;
        }
    }

    /** InformationRecord; Write-Host's carry the PSHOST tag. */
    public record Information(String text, List<String> tags) {
        public Object getMessageData() {
            return text;
        }

        public List<String> getTags() {
            return tags;
        }
    }

    public record InvocationStateInfo(String state, Reason reason) {
        public String getState() {
            return state;
        }

        public Reason getReason() {
            return reason;
        }
    }

    /** The exception that failed the pipeline, with its ErrorRecord. */
    public static final class Reason {
        private final ScriptError error;

        Reason(ScriptError error) {
            this.error = error;
        }

        public String getMessage() {
            return error.message();
        }

        public FailureRecord getErrorRecord() {
            return new FailureRecord(error);
        }
    }

    public record FailureRecord(ScriptError error) {
        public FailureException getException() {
            return new FailureException(error.message(), error.exceptionTypeName());
        }

        public InvocationInfo getInvocationInfo() {
            return new InvocationInfo(error.file() == null ? "" : error.file(), error.line(), error.column(), "", "");
        }
    }

    /** The exception a script threw, as far as its message and .NET type go. */
    public record FailureException(String message, String typeName) {
        public String getMessage() {
            return message;
        }

        public TypeName GetType() {
            return new TypeName(typeName);
        }
    }

    public record TypeName(String fullName) {
        public String getFullName() {
            return fullName;
        }
    }

    /** System.Management.Automation.Runspaces.RunspaceFactory. */
    public static final class RunspaceFactory {
        private RunspaceFactory() {
        }

        public static Runspace CreateRunspace() {
            return new Runspace();
        }
    }

    /**
     * A runspace: one embedded engine with the ECMA2 types, confined like the embedded runtime's. It
     * runs scripts on a thread of its own, as a PowerShell runspace does (the engine keeps its state
     * per thread, and the host script's engine is running on the calling one).
     */
    public static final class Runspace {
        PowerShellEngine engine;
        private final java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "stand-in-runspace");
            t.setDaemon(true);
            return t;
        });
        List<Information> hostOutput = new ArrayList<>();

        public void Open() {
            String maFolder = System.getenv("OPENECMA_MAFOLDER");
            Path data = Path.of(maFolder);
            Path base = data.getParent();
            ConnectorFolders folders = new ConnectorFolders(base, data, base.resolve("Temp"), base.resolve("drives"));
            String temp = folders.tempDir().toString();
            EngineOptions options = EngineOptions.defaults()
                    .withFileSystemRoots(folders.roots(), folders.dataDir())
                    .withPathMapper(new WindowsPathMapper(folders, System.getenv("OPENECMA_CONNECTOR"))::map)
                    .withEnvironment(Map.of("TEMP", temp, "TMP", temp))
                    .withHostOutput(text -> hostOutput.add(new Information(text, List.of("PSHOST"))));
            engine = PowerShellEngine.create(options);
            Ecma2Types.registerInto(engine);
            EmbeddedPwshStandIn.registerConsole(engine);
        }

        ScriptResult execute(String script, Map<String, Object> parameters) {
            try {
                return thread.submit(() -> engine.execute(ScriptSource.of("", script), parameters)).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }

        public SessionStateProxy getSessionStateProxy() {
            return new SessionStateProxy(engine);
        }
    }

    public record SessionStateProxy(PowerShellEngine engine) {
        public void SetVariable(String name, Object value) {
            engine.setVariable(name, value);
        }
    }
}
