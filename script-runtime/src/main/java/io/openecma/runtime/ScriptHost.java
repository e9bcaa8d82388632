package io.openecma.runtime;

import io.openecma.powershell.EngineOptions;
import io.openecma.runtime.host.SecretBoxProtection;
import io.openecma.runtime.host.WindowsPathMapper;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptError;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.StreamSink;
import io.openecma.powershell.host.TlsTrust;
import io.openecma.powershell.runtime.ErrorRecord;
import io.openecma.runtime.ecma2.ConfigParameterKeyedCollection;
import io.openecma.runtime.ecma2.Ecma2Types;
import io.openecma.runtime.ecma2.MAUtils;
import io.openecma.powershell.runtime.PSCredential;
import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.Script;
import io.openecma.schemas.definition.ScriptKind;

import java.time.Duration;
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

    private final ConnectorScripts scripts;
    private final ConfigParameterKeyedCollection configParameters;
    private final PSCredential credential;
    private final SecretBox secrets;
    private final TlsTrust tlsTrust;
    private final io.openecma.powershell.host.NetworkAccess network;
    /** The script the current thread runs, so Write-Host text of concurrent sessions is attributed right. */
    private final ThreadLocal<String> currentScript = ThreadLocal.withInitial(() -> "");

    ScriptHost(ConnectorScripts scripts, SecretBox secrets) {
        this.scripts = scripts;
        this.configParameters = ConfigParametersFactory.build(scripts.definition(), secrets);
        this.credential = ConfigParametersFactory.credential(scripts.definition(), secrets);
        this.secrets = secrets;
        this.tlsTrust = ConnectorTlsTrust.of(scripts.definition());
        this.network = io.openecma.runtime.host.ConnectorNetwork.of(scripts.definition());
    }

    ConnectorScripts scripts() {
        return scripts;
    }

    /** A fresh runspace for one call or one session. */
    PowerShellEngine newEngine() {
        ConnectorDefinition definition = scripts.definition();
        ConnectorFolders folders = scripts.folders();
        Duration limit = definition.scriptTimeoutMinutes() > 0 ? Duration.ofMinutes(definition.scriptTimeoutMinutes()) : null;
        String temp = folders.tempDir().toString();
        EngineOptions options = EngineOptions.defaults()
                .withFileSystemRoots(folders.roots(), folders.dataDir())
                .withPathMapper(new WindowsPathMapper(folders, definition.name())::map)
                // windir/SystemRoot as ECMA2Host's service sees them: scripts default parameters to
                // (Join-Path $env:windir TEMP), which the path mapper leads to the temp folder.
                .withEnvironment(Map.of("TEMP", temp, "TMP", temp, "windir", "C:\\Windows", "SystemRoot", "C:\\Windows"))
                .withTimeLimit(limit)
                // limits: and network: of connector.yaml: a runaway script fails alone, and reaches only its targets.
                .withLimits(io.openecma.powershell.ScriptLimits.defaults()
                        .withMemoryMegabytes(definition.sandbox().memoryMegabytes())
                        .withMaxCallDepth(definition.sandbox().maxCallDepth()))
                .withNetworkAccess(network)
                .withHostOutput(text -> scripts.streams().write(currentScript.get(), "host", text))
                .withStreamOutput((StreamSink) (stream, text, file, line) ->
                        scripts.streams().write(currentScript.get(), stream, text, file, line))
                // SecureStrings in Export-Clixml files are protected with the service's key (DPAPI on Windows).
                .withDataProtection(secrets == null ? null : new SecretBoxProtection(secrets));
        PowerShellEngine engine = PowerShellEngine.create(options);
        engine.trustServerCertificates(tlsTrust);
        Ecma2Types.registerInto(engine);
        // ECMA2Host traces the scripts' verbose and debug streams; capture them rather than drop them.
        engine.setVariable("VerbosePreference", "Continue");
        engine.setVariable("DebugPreference", "Continue");
        return engine;
    }

    /**
     * Runs a script with the common parameters and the kind's own, bound as
     * {@link ConnectorScripts#bind} says.
     */
    List<Object> run(PowerShellEngine engine, ScriptKind kind, Map<String, Object> kindParameters) {
        Script script = scripts.script(kind);
        String name = script.file();
        Map<String, Object> named = new java.util.LinkedHashMap<>();
        scripts.bind(kind, configParameters, credential, kindParameters, named::put, engine::setVariable);

        ScriptResult result;
        currentScript.set(name);
        MAUtils.bindMAFolder(scripts.folders().dataDir().toString());
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
            throw new ScriptFailedException(kind, name, ConnectorScripts.otherFile(name, error.file()), error.message(),
                    error.line(), error.column(), error.exceptionTypeName(), null);
        }
        return result.output();
    }

    /** The other streams went to the script's streams as they were written; errors follow the run. */
    private void forward(String name, ScriptResult result) {
        ScriptStreams streams = scripts.streams();
        // Statement-terminating and non-terminating errors: the script went on, as under ECMA2Host.
        for (ErrorRecord e : result.errors()) {
            streams.write(name, "error", e.message(), e.getInvocationInfo().scriptName(),
                    e.getInvocationInfo().scriptLineNumber());
        }
    }
}
