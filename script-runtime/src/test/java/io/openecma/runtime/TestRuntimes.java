package io.openecma.runtime;

import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.runtime.pwsh.PwshCommand;
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
    private final Runtime kind;

    /** Which runtime a test suite runs on. */
    enum Runtime {
        EMBEDDED,
        /** The pwsh runtime with the host script in the embedded stand-in process. */
        PWSH_STAND_IN,
        /** The pwsh runtime with the real PowerShell 7 (tests enabled only where pwsh is on the PATH). */
        PWSH
    }

    TestRuntimes(Path temp) {
        this(temp, Runtime.EMBEDDED);
    }

    TestRuntimes(Path temp, Runtime kind) {
        this.connector = SampleConnectors.copyCsv(temp);
        this.folders = ConnectorFolders.under(temp.resolve("run"));
        this.kind = kind;
    }

    ScriptRuntime runtime() {
        ScriptStreams sink = (script, stream, text) -> streams.add(script + " " + stream + ": " + text);
        return of(kind, SampleConnectors.load(connector), folders, sink);
    }

    static ScriptRuntime of(Runtime kind, ConnectorDefinition def, ConnectorFolders folders, ScriptStreams sink) {
        return switch (kind) {
            case EMBEDDED -> new EmbeddedScriptRuntime(def, folders, SampleConnectors.SECRETS, sink);
            case PWSH_STAND_IN -> new PwshScriptRuntime(def, folders, SampleConnectors.SECRETS, sink, StandIn.command(), null);
            case PWSH -> new PwshScriptRuntime(def, folders, SampleConnectors.SECRETS, sink, PwshCommand.configured(), null);
        };
    }

    /** Whether a pwsh executable is on the PATH (the real-pwsh suites run only then). */
    static boolean pwshOnPath() {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> java.nio.file.Files.isExecutable(Path.of(dir, "pwsh")));
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
