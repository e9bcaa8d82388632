package io.openecma.runtime;

import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.schemas.definition.ConnectorDefinition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An embedded runtime on a copied connector, collecting the scripts' streams. */
final class TestRuntimes {

    final Path connector;
    final ConnectorFolders folders;
    final List<String> streams = new ArrayList<>();

    TestRuntimes(Path temp) {
        this.connector = SampleConnectors.copyCsv(temp);
        this.folders = ConnectorFolders.under(temp.resolve("run"));
    }

    EmbeddedScriptRuntime runtime() {
        ConnectorDefinition def = SampleConnectors.load(connector);
        return new EmbeddedScriptRuntime(def, folders, SampleConnectors.SECRETS,
                (script, stream, text) -> streams.add(script + " " + stream + ": " + text));
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
