package io.openecma.runtime.pwsh;

import io.openecma.runtime.ConnectorScripts;
import io.openecma.runtime.Runspace;
import io.openecma.runtime.RunspaceScriptRuntime;
import io.openecma.runtime.ScriptRuntime;
import io.openecma.runtime.ScriptStreams;
import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.ScriptKind;

import java.time.Duration;

/**
 * {@link ScriptRuntime} on PowerShell 7 out of process: one host process per session (Begin to
 * End on one runspace there) and one per one-shot call, talking JSON lines over stdin/stdout to
 * the host script {@code openecma-host.ps1}. Calls, sessions and result checks are the embedded
 * runtime's ({@link RunspaceScriptRuntime}); only how a call reaches a script differs.
 */
public final class PwshScriptRuntime extends RunspaceScriptRuntime {

    private final PwshHost host;

    /** The configured pwsh ({@link PwshCommand#configured()}) and the connector's script timeout. */
    public PwshScriptRuntime(ConnectorDefinition definition, ConnectorFolders folders, SecretBox secrets,
                             ScriptStreams streams) {
        this(definition, folders, secrets, streams, PwshCommand.configured(), null);
    }

    /**
     * @param callLimit how long one script call may take before the process is killed; null means the
     *                  connector's {@code scriptTimeoutMinutes} (0 there: no limit)
     */
    public PwshScriptRuntime(ConnectorDefinition definition, ConnectorFolders folders, SecretBox secrets,
                             ScriptStreams streams, PwshCommand command, Duration callLimit) {
        this(new PwshHost(new ConnectorScripts(definition, folders, streams), secrets, command,
                callLimit != null ? callLimit
                        : definition.scriptTimeoutMinutes() > 0 ? Duration.ofMinutes(definition.scriptTimeoutMinutes()) : null));
    }

    private PwshScriptRuntime(PwshHost host) {
        super(host.scripts());
        this.host = host;
    }

    @Override
    protected Runspace open(ScriptKind forKind) {
        return new PwshRunspace(host, host.launch(forKind));
    }
}
