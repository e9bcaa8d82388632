package io.openecma.worker.lane;

import io.openecma.runtime.ScriptRuntime;
import io.openecma.schemas.ecma.Schema;

/** The schema a session is opened with ($Types): the connector's stored one, or the Schema script's answer until there is one. */
public final class SchemaSource {

    private final ConnectorContext context;
    private final ScriptRuntime runtime;
    private final Calls calls;

    public SchemaSource(ConnectorContext context, ScriptRuntime runtime, Calls calls) {
        this.context = context;
        this.runtime = runtime;
        this.calls = calls;
    }

    public Schema get() {
        Schema known = context.schema();
        if (known != null) {
            return known;
        }
        Schema discovered = calls.run("Schema", runtime::schema);
        context.discovered(discovered);
        return discovered;
    }

    /** Runs the Schema script (a schema request) and remembers the answer. */
    public Schema refresh() {
        Schema discovered = calls.run("Schema", runtime::schema);
        context.discovered(discovered);
        return discovered;
    }
}
