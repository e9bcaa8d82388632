package io.openecma.runtime;

import io.openecma.runtime.ecma2.Ecma2Converter;
import io.openecma.schemas.definition.ScriptKind;
import io.openecma.schemas.ecma.Schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A session's hold on its runspace: script calls with $Types/$Schema, result checks, and the rule
 * that any failure discards the runspace (the session cannot go on with half-done state) while End
 * always ends it.
 */
final class SessionCalls {

    private final ConnectorScripts scripts;
    private final Object types;
    private Runspace runspace;

    SessionCalls(ConnectorScripts scripts, Runspace runspace, Schema schema) {
        this.scripts = scripts;
        this.runspace = runspace;
        this.types = guarded(() -> runspace.pass(Ecma2Converter.toScript(schema)));
    }

    /** Whether the runspace is still there (not ended, not discarded). */
    boolean open() {
        return runspace != null;
    }

    Object pass(Object value) {
        return runspace.pass(value);
    }

    /** Runs a Begin or per-page/batch script; output checked to hold one object of the type. */
    <T> T single(ScriptKind kind, Map<String, Object> parameters, Class<T> type) {
        List<Object> output = run(kind, parameters);
        return guarded(() -> ResultShapes.single(kind, scripts.scriptName(kind), output, type, scripts.streams()));
    }

    /** Runs a Begin or per-batch script expected to return nothing. */
    void none(ScriptKind kind, Map<String, Object> parameters) {
        ResultShapes.none(scripts.scriptName(kind), run(kind, parameters), scripts.streams());
    }

    /** Checks what the script built against the data model, reported against the script. */
    <T> T converted(ScriptKind kind, Supplier<T> conversion) {
        return guarded(() -> ResultShapes.converted(kind, scripts.scriptName(kind), conversion));
    }

    /**
     * Runs End (when the connector has it; $Types is not passed there) and ends the runspace either
     * way; returns End's one object of the type, or null (no End, or type null: End returns nothing).
     */
    <T> T end(ScriptKind kind, Supplier<Map<String, Object>> parameters, Class<T> type) {
        Runspace ending = runspace;
        try {
            if (!scripts.has(kind)) {
                return null;
            }
            List<Object> output = ending.run(kind, parameters.get());
            if (type == null) {
                ResultShapes.none(scripts.scriptName(kind), output, scripts.streams());
                return null;
            }
            return ResultShapes.single(kind, scripts.scriptName(kind), output, type, scripts.streams());
        } finally {
            runspace = null;
            ending.close();
        }
    }

    private List<Object> run(ScriptKind kind, Map<String, Object> parameters) {
        return guarded(() -> {
            Map<String, Object> all = new HashMap<>(parameters);
            all.put("Types", types);
            all.put("Schema", types);
            return runspace.run(kind, all);
        });
    }

    private <T> T guarded(Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            if (runspace != null) {
                runspace.discard();
                runspace = null;
            }
            throw e;
        }
    }
}
