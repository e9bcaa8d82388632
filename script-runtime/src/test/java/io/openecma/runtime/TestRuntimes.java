package io.openecma.runtime;

import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.runtime.pwsh.PwshScriptRuntime;
import io.openecma.runtime.pwsh.StandIn;
import io.openecma.schemas.definition.ConnectorDefinition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A runtime on a copied connector, collecting the scripts' streams: the embedded one, or the pwsh
 * runtime on the embedded stand-in process ({@link io.openecma.runtime.pwsh.EmbeddedPwshStandIn}).
 */
final class TestRuntimes {

    final Path connector;
    final ConnectorFolders folders;
    final List<String> streams = java.util.Collections.synchronizedList(new ArrayList<>());
    private final boolean pwsh;

    TestRuntimes(Path temp) {
        this(temp, false);
    }

    TestRuntimes(Path temp, boolean pwsh) {
        this.connector = SampleConnectors.copyCsv(temp);
        this.folders = ConnectorFolders.under(temp.resolve("run"));
        this.pwsh = pwsh;
    }

    ScriptRuntime runtime() {
        ConnectorDefinition def = SampleConnectors.load(connector);
        ScriptStreams sink = (script, stream, text) -> streams.add(script + " " + stream + ": " + text);
        return pwsh ? new PwshScriptRuntime(def, folders, SampleConnectors.SECRETS, sink, StandIn.command(), null)
                : new EmbeddedScriptRuntime(def, folders, SampleConnectors.SECRETS, sink);
    }

    /** A Schema.ps1 that runs {@code body} and returns a schema whose one type is named by {@code $name}. */
    static String schemaScriptReturningName(String params, String body) {
        return "param(\n" + params + "\n)\n" + body + "\n"
                + "$schema = [Microsoft.MetadirectoryServices.Schema]::Create()\n"
                + "$type = [Microsoft.MetadirectoryServices.SchemaType]::Create([string]$name, $true)\n"
                + "$type.Attributes.Add([Microsoft.MetadirectoryServices.SchemaAttribute]::CreateAnchorAttribute('id', 'String'))\n"
                + "$schema.Types.Add($type)\n"
                + "$schema\n";
    }

    static final String COMMON_PARAMS = "$ConfigParameters, $Credential";
}
