package io.openecma.runtime;

import io.openecma.powershell.EngineOptions;
import io.openecma.runtime.host.WindowsPathMapper;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptError;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.runtime.ErrorRecord;
import io.openecma.runtime.ecma2.ConfigParameterKeyedCollection;
import io.openecma.runtime.ecma2.Ecma2Types;
import io.openecma.runtime.ecma2.MAUtils;
import io.openecma.powershell.runtime.PSCredential;
import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.runtime.host.ParamBlock;
import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.Script;
import io.openecma.schemas.definition.ScriptKind;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one connector's scripts on the embedded engine: makes confined runspaces (file access only
 * under the connector's folders, TEMP pointing at its temp folder, the ECMA2 types registered),
 * binds the host parameters a script declares, and turns terminating errors into
 * {@link ScriptFailedException}s with script name and line. Safe to share between threads; each
 * engine it makes is used by one thread at a time.
 */
final class ScriptHost {

    /** Host parameters every script gets (when it declares them). */
    static final String CONFIG_PARAMETERS = "ConfigParameters";

    private final ConnectorDefinition definition;
    private final ConnectorFolders folders;
    private final ScriptStreams streams;
    private final ConfigParameterKeyedCollection configParameters;
    private final PSCredential credential;
    private final Map<ScriptKind, ParamBlock> paramBlocks = new java.util.concurrent.ConcurrentHashMap<>();
    /** The script the current thread runs, so Write-Host text of concurrent sessions is attributed right. */
    private final ThreadLocal<String> currentScript = ThreadLocal.withInitial(() -> "");

    ScriptHost(ConnectorDefinition definition, ConnectorFolders folders, SecretBox secrets, ScriptStreams streams) {
        this.definition = definition;
        this.folders = folders;
        this.streams = streams == null ? ScriptStreams.discard() : streams;
        this.configParameters = ConfigParametersFactory.build(definition, secrets);
        this.credential = ConfigParametersFactory.credential(definition, secrets);
        if (definition.commonModule() != null && definition.commonModule().name() != null) {
            folders.writeModule(definition.commonModule().name(), definition.commonModule().body());
        }
    }

    ConnectorDefinition definition() {
        return definition;
    }

    ConnectorFolders folders() {
        return folders;
    }

    ScriptStreams streams() {
        return streams;
    }

    boolean has(ScriptKind kind) {
        return definition.script(kind).map(s -> s.body() != null && !s.body().isBlank()).orElse(false);
    }

    String scriptName(ScriptKind kind) {
        return definition.script(kind).map(Script::file).orElse(kind.parameterName());
    }

    /** A fresh runspace for one call or one session. */
    PowerShellEngine newEngine() {
        Duration limit = definition.scriptTimeoutMinutes() > 0 ? Duration.ofMinutes(definition.scriptTimeoutMinutes()) : null;
        String temp = folders.tempDir().toString();
        EngineOptions options = EngineOptions.defaults()
                .withFileSystemRoots(folders.roots(), folders.dataDir())
                .withPathMapper(new WindowsPathMapper(folders, definition.name())::map)
                .withEnvironment(Map.of("TEMP", temp, "TMP", temp))
                .withTimeLimit(limit)
                .withHostOutput(text -> streams.write(currentScript.get(), "host", text));
        PowerShellEngine engine = PowerShellEngine.create(options);
        Ecma2Types.registerInto(engine);
        // ECMA2Host traces the scripts' verbose and debug streams; capture them rather than drop them.
        engine.setVariable("VerbosePreference", "Continue");
        engine.setVariable("DebugPreference", "Continue");
        return engine;
    }

    /**
     * Runs a script with the common parameters ($ConfigParameters, $Credential/$PSCredential) and
     * the kind's own; only parameters the script's param block declares are bound by name. A script
     * without a param block finds them as global variables.
     */
    List<Object> run(PowerShellEngine engine, ScriptKind kind, Map<String, Object> kindParameters) {
        Script script = definition.script(kind).orElseThrow(() -> new IllegalStateException(
                "The connector " + definition.name() + " has no " + kind.parameterName() + "."));
        String name = script.file();
        ParamBlock params = paramBlocks.computeIfAbsent(kind, k -> ParamBlock.of(script.body()));
        Map<String, Object> all = new LinkedHashMap<>();
        all.put(CONFIG_PARAMETERS, configParameters);
        all.put("Credential", credential);
        all.put("PSCredential", credential);
        all.putAll(kindParameters);
        Map<String, Object> named = new LinkedHashMap<>();
        all.forEach((key, value) -> {
            if (!params.present()) {
                engine.setVariable(key, value);
            } else if (params.declares(key)) {
                named.put(key, value);
            }
        });

        ScriptResult result;
        currentScript.set(name);
        MAUtils.bindMAFolder(folders.dataDir().toString());
        try {
            result = engine.execute(ScriptSource.of(name, script.body()), named);
        } catch (RuntimeException e) {
            throw new ScriptFailedException(kind, name, "the script engine failed: " + e, 0, 0, null, e);
        } finally {
            MAUtils.bindMAFolder(null);
            currentScript.remove();
        }
        forward(name, result);
        if (result.terminatingError().isPresent()) {
            ScriptError error = result.terminatingError().get();
            throw new ScriptFailedException(kind, name, otherFile(name, error.file()), error.message(), error.line(),
                    error.column(), error.exceptionTypeName(), null);
        }
        return result.output();
    }

    /** The file name of the failing line when it is not the script (a module), else null. */
    private static String otherFile(String scriptName, String errorFile) {
        if (errorFile == null || errorFile.isBlank()) {
            return null;
        }
        String file = java.nio.file.Path.of(errorFile.replace('\\', '/')).getFileName().toString();
        return file.equalsIgnoreCase(scriptName) ? null : file;
    }

    private void forward(String name, ScriptResult result) {
        result.verbose().forEach(t -> streams.write(name, "verbose", t));
        result.debug().forEach(t -> streams.write(name, "debug", t));
        result.warning().forEach(t -> streams.write(name, "warning", t));
        result.information().forEach(t -> streams.write(name, "information", t));
        // Statement-terminating and non-terminating errors: the script went on, as under ECMA2Host.
        for (ErrorRecord e : result.errors()) {
            int line = e.getInvocationInfo().scriptLineNumber();
            streams.write(name, "error", line > 0 ? "line " + line + ": " + e.message() : e.message());
        }
    }
}
