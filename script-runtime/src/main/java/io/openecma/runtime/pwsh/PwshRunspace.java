package io.openecma.runtime.pwsh;

import com.fasterxml.jackson.databind.JsonNode;
import io.openecma.runtime.Runspace;
import io.openecma.schemas.definition.ScriptKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A call's or session's host process: scripts get values sent as JSON; a failure kills the process. */
record PwshRunspace(PwshHost host, HostProcess process) implements Runspace {

    @Override
    public Object pass(Object value) {
        return WireEncoder.parameter(value);
    }

    @Override
    public List<Object> run(ScriptKind kind, Map<String, Object> parameters) {
        Map<String, JsonNode> wire = new LinkedHashMap<>();
        parameters.forEach((name, value) -> wire.put(name, (JsonNode) value));
        return host.run(process, kind, wire);
    }

    @Override
    public void close() {
        process.close();
    }

    @Override
    public void discard() {
        process.kill();
    }
}
