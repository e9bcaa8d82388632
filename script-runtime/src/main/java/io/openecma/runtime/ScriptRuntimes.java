package io.openecma.runtime;

import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.runtime.pwsh.PwshScriptRuntime;
import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.definition.ConnectorDefinition;

/** The runtime a connector definition asks for ({@code runtime: embedded | pwsh}). */
public final class ScriptRuntimes {

    private ScriptRuntimes() {
    }

    /** The embedded engine, or PowerShell 7 out of process (the pwsh of {@code OPENECMA_PWSH}, default {@code pwsh}). */
    public static ScriptRuntime forDefinition(ConnectorDefinition definition, ConnectorFolders folders, SecretBox secrets,
                                              ScriptStreams streams) {
        return forKind(definition.runtime(), definition, folders, secrets, streams);
    }

    /** A given runtime kind, whatever the definition says (the CLI's {@code --runtime}). */
    public static ScriptRuntime forKind(io.openecma.schemas.definition.ScriptRuntime kind, ConnectorDefinition definition,
                                        ConnectorFolders folders, SecretBox secrets, ScriptStreams streams) {
        return switch (kind) {
            case EMBEDDED -> new EmbeddedScriptRuntime(definition, folders, secrets, streams);
            case PWSH -> new PwshScriptRuntime(definition, folders, secrets, streams);
        };
    }
}
