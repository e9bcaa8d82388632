package io.openecma.runtime;

import io.openecma.powershell.PowerShellEngine;
import io.openecma.schemas.definition.ScriptKind;

import java.util.List;
import java.util.Map;

/** A session's engine: scripts get the ECMA2 objects themselves; the engine holds nothing outside the JVM. */
record EmbeddedRunspace(ScriptHost host, PowerShellEngine engine) implements Runspace {

    @Override
    public Object pass(Object value) {
        return value;
    }

    @Override
    public List<Object> run(ScriptKind kind, Map<String, Object> parameters) {
        return host.run(engine, kind, parameters);
    }

    @Override
    public void close() {
        // Dropping the engine ends it.
    }

    @Override
    public void discard() {
        // Dropping the engine ends it.
    }
}
