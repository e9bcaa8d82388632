package io.openecma.runtime;

import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.runtime.host.ParamBlock;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.Script;
import io.openecma.schemas.definition.ScriptKind;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * One connector's scripts as both runtimes see them: which kinds it has and their file names, its
 * folders (the common module written into MAData when this is made), its streams, and how a call's
 * parameters are bound. Safe to share between threads.
 */
public final class ConnectorScripts {

    private final ConnectorDefinition definition;
    private final ConnectorFolders folders;
    private final ScriptStreams streams;
    private final Map<ScriptKind, ParamBlock> paramBlocks = new ConcurrentHashMap<>();

    /** @param streams receives the scripts' streams; null discards them */
    public ConnectorScripts(ConnectorDefinition definition, ConnectorFolders folders, ScriptStreams streams) {
        this.definition = definition;
        this.folders = folders;
        this.streams = streams == null ? ScriptStreams.discard() : streams;
        if (definition.commonModule() != null && definition.commonModule().name() != null) {
            folders.writeModule(definition.commonModule().name(), definition.commonModule().body());
        }
    }

    public ConnectorDefinition definition() {
        return definition;
    }

    public ConnectorFolders folders() {
        return folders;
    }

    public ScriptStreams streams() {
        return streams;
    }

    /** Whether the connector has a non-empty script of the kind. */
    public boolean has(ScriptKind kind) {
        return definition.script(kind).map(s -> s.body() != null && !s.body().isBlank()).orElse(false);
    }

    /** The script's file name, or the kind's parameter name when the connector has none. */
    public String scriptName(ScriptKind kind) {
        return definition.script(kind).map(Script::file).orElse(kind.parameterName());
    }

    /** The script of the kind; calling a kind the connector lacks is a programming error. */
    public Script script(ScriptKind kind) {
        return definition.script(kind).orElseThrow(() -> new IllegalStateException(
                "The connector " + definition.name() + " has no " + kind.parameterName() + "."));
    }

    /**
     * Binds $ConfigParameters, $Credential/$PSCredential and the kind's own parameters: by name when
     * the script's param block declares them (others are left out), all as global variables when it
     * has no param block.
     */
    public <V> void bind(ScriptKind kind, V configParameters, V credential, Map<String, V> kindParameters,
                         BiConsumer<String, V> named, BiConsumer<String, V> global) {
        ParamBlock params = paramBlocks.computeIfAbsent(kind, k -> ParamBlock.of(script(k).body()));
        Map<String, V> all = new LinkedHashMap<>();
        all.put("ConfigParameters", configParameters);
        all.put("Credential", credential);
        all.put("PSCredential", credential);
        all.putAll(kindParameters);
        all.forEach((key, value) -> {
            if (!params.present()) {
                global.accept(key, value);
            } else if (params.declares(key)) {
                named.accept(key, value);
            }
        });
    }

    /** The file name of a failing line when it is not the script itself (a module), else null. */
    public static String otherFile(String scriptName, String errorFile) {
        if (errorFile == null || errorFile.isBlank()) {
            return null;
        }
        String file = Path.of(errorFile.replace('\\', '/')).getFileName().toString();
        return file.equalsIgnoreCase(scriptName) ? null : file;
    }
}
