package io.openecma.runtime;

import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.ScriptKind;

/** {@link ScriptRuntime} on openecma's embedded PowerShell engine: a fresh engine per call or session. */
public final class EmbeddedScriptRuntime extends RunspaceScriptRuntime {

    private final ScriptHost host;

    /**
     * @param folders  the connector's own folders (MAData, Temp, mapped drives)
     * @param secrets  decrypts encrypted parameters and the credential; may be null when there are none
     * @param streams  receives the scripts' verbose, debug, warning, information and error streams
     */
    public EmbeddedScriptRuntime(ConnectorDefinition definition, ConnectorFolders folders, SecretBox secrets,
                                 ScriptStreams streams) {
        this(new ScriptHost(new ConnectorScripts(definition, folders, streams), secrets));
    }

    private EmbeddedScriptRuntime(ScriptHost host) {
        super(host.scripts());
        this.host = host;
    }

    @Override
    protected Runspace open(ScriptKind forKind) {
        return new EmbeddedRunspace(host, host.newEngine());
    }
}
