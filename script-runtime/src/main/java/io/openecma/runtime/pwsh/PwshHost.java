package io.openecma.runtime.pwsh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openecma.runtime.ConfigParametersFactory;
import io.openecma.runtime.ConnectorScripts;
import io.openecma.runtime.ScriptFailedException;
import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.Script;
import io.openecma.schemas.definition.ScriptKind;
import io.openecma.schemas.events.Json;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the pwsh runtime's calls share: starting a host process for one connector (its folders as
 * working directory, MAData and TEMP in the environment, the init message with the scripts, the
 * decrypted parameters and the credential over stdin), binding a script kind's parameters by its
 * param block, and turning the host's error answers into the embedded runtime's exceptions.
 */
final class PwshHost {

    /**
     * Starting pwsh and compiling the ECMA2 types takes seconds on a cold or busy machine; that is
     * not the script's time, so the start-up is bounded by this or the script limit, the longer
     * (none when the script has none).
     */
    static final Duration STARTUP_LIMIT = Duration.ofMinutes(1);

    private final ConnectorScripts scripts;
    private final PwshCommand command;
    private final Duration callLimit;
    private final ObjectNode init;

    PwshHost(ConnectorScripts scripts, SecretBox secrets, PwshCommand command, Duration callLimit) {
        this.scripts = scripts;
        this.command = command;
        this.callLimit = callLimit;
        this.init = initMessage(scripts.definition(), secrets);
    }

    private static ObjectNode initMessage(ConnectorDefinition definition, SecretBox secrets) {
        ObjectNode init = Json.mapper().createObjectNode();
        init.put("op", "init");
        init.put("connector", definition.name());
        ObjectNode scripts = init.putObject("scripts");
        for (ScriptKind kind : ScriptKind.values()) {
            definition.script(kind).filter(s -> s.body() != null && !s.body().isBlank()).ifPresent(s -> {
                ObjectNode script = scripts.putObject(kind.name());
                script.put("name", s.file());
                script.put("body", s.body());
            });
        }
        init.set("configParameters", WireEncoder.configParameters(ConfigParametersFactory.build(definition, secrets)));
        init.set("credential", WireEncoder.credential(ConfigParametersFactory.credential(definition, secrets)));
        return init;
    }

    ConnectorScripts scripts() {
        return scripts;
    }

    /** A new host process, initialised; failures name the script kind it was started for. */
    HostProcess launch(ScriptKind forKind) {
        String name = scripts.scriptName(forKind);
        ConnectorFolders folders = scripts.folders();
        HostProcess process = null;
        try {
            // No update notice or telemetry from pwsh: nothing but the host may talk on the channel.
            process = HostProcess.start(command, HostScript.path(), Map.of(
                    "OPENECMA_MAFOLDER", folders.dataDir().toString(),
                    "OPENECMA_CONNECTOR", scripts.definition().name(),
                    "TEMP", folders.tempDir().toString(),
                    "TMP", folders.tempDir().toString(),
                    "POWERSHELL_UPDATECHECK", "Off",
                    "POWERSHELL_TELEMETRY_OPTOUT", "1"), folders.dataDir(), scripts.streams());
            Duration startupLimit = callLimit == null || callLimit.compareTo(STARTUP_LIMIT) > 0 ? callLimit : STARTUP_LIMIT;
            JsonNode answer = process.call(init, name, startupLimit);
            if (answer.path("type").asText().equals("error")) {
                process.kill();
                throw failure(forKind, "the pwsh host could not start: ", answer);
            }
            return process;
        } catch (HostProcessException e) {
            if (process != null) {
                process.kill();
            }
            throw broken(forKind, name, e);
        }
    }

    /**
     * Runs a script kind in the process with the common parameters and the kind's own; only those the
     * script's param block declares are bound by name, a script without one finds them all as
     * global variables (as the embedded runtime does). Any failure kills the process.
     */
    List<Object> run(HostProcess process, ScriptKind kind, Map<String, JsonNode> kindParameters) {
        Script script = scripts.script(kind);
        ObjectNode request = Json.mapper().createObjectNode();
        request.put("op", "run");
        request.put("kind", kind.name());
        ObjectNode named = request.putObject("named");
        ObjectNode variables = request.putObject("variables");
        scripts.bind(kind, WireEncoder.typed("ConfigParameters"), WireEncoder.typed("Credential"), kindParameters,
                named::set, variables::set);
        JsonNode answer;
        try {
            answer = process.call(request, script.file(), callLimit);
        } catch (HostProcessException e) {
            throw broken(kind, script.file(), e);
        }
        if (answer.path("type").asText().equals("error")) {
            process.kill();
            throw failure(kind, "", answer);
        }
        return WireDecoder.output(answer.get("output"));
    }

    /** The process could not be started, answered nothing readable, ran too long or went away. */
    private static ScriptFailedException broken(ScriptKind kind, String scriptName, HostProcessException e) {
        return new ScriptFailedException(kind, scriptName, e.getMessage(), 0, 0, null, e);
    }

    private ScriptFailedException failure(ScriptKind kind, String prefix, JsonNode error) {
        String name = scripts.scriptName(kind);
        String type = error.path("exceptionType").asText("");
        return new ScriptFailedException(kind, name, ConnectorScripts.otherFile(name, error.path("file").asText("")),
                prefix + error.path("message").asText(""), error.path("line").asInt(0), error.path("column").asInt(0),
                type.isEmpty() ? null : type, null);
    }
}
