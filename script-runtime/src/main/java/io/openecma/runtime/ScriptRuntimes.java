package io.openecma.runtime;

import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.definition.ConnectorDefinition;

/** The runtime a connector definition asks for ({@code runtime: embedded | pwsh}). */
public final class ScriptRuntimes {

    private ScriptRuntimes() {
    }

    /**
     * @throws UnsupportedOperationException for {@code pwsh}, which is not written yet (see
     *                                       docs/compatibility/ecma2.md)
     */
    public static ScriptRuntime forDefinition(ConnectorDefinition definition, ConnectorFolders folders, SecretBox secrets,
                                              ScriptStreams streams) {
        return switch (definition.runtime()) {
            case EMBEDDED -> new EmbeddedScriptRuntime(definition, folders, secrets, streams);
            case PWSH -> throw new UnsupportedOperationException("Connector " + definition.name()
                    + " asks for the pwsh runtime, which openecma does not have yet; use runtime: embedded.");
        };
    }
}
