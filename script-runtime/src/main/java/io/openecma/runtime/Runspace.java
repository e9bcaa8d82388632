package io.openecma.runtime;

import io.openecma.schemas.definition.ScriptKind;

import java.util.List;
import java.util.Map;

/**
 * A runspace as a runtime provides it: an embedded engine, or a pwsh host process. One call, or one
 * session from Begin to End, runs its scripts on one. {@link RunspaceScriptRuntime} and the sessions
 * drive it; a runtime only says how a script call is made and what ending one means.
 */
public interface Runspace {

    /** A script-side parameter value (ECMA2 object, run step, export batch, string) in the form this runtime hands to scripts. */
    Object pass(Object value);

    /** Runs a script kind with the connector's common parameters and these (values from {@link #pass}). */
    List<Object> run(ScriptKind kind, Map<String, Object> parameters);

    /** Ends the runspace after its last call (End Import/End Export included, also when that failed). */
    void close();

    /** Ends the runspace at once after a failure mid-session. */
    void discard();
}
