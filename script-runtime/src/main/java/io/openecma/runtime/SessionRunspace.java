package io.openecma.runtime;

import io.openecma.schemas.definition.ScriptKind;

import java.util.List;
import java.util.Map;

/**
 * The runspace an import or export session keeps from Begin to End, as a runtime provides it: the
 * embedded engine, or a pwsh host process. {@link ScriptImportSession} and {@link ScriptExportSession}
 * drive it; a runtime only says how a script call is made and what ending one means.
 */
public interface SessionRunspace {

    /** A script-side value (run step, $Types, a batch) in the form this runtime hands to scripts. */
    Object pass(Object value);

    /** Runs a script kind with the connector's common parameters and these (values from {@link #pass}). */
    List<Object> run(ScriptKind kind, Map<String, Object> parameters);

    /** Ends the runspace after End Import/End Export ran (or failed). */
    void close();

    /** Ends the runspace at once after a failure mid-session. */
    void discard();
}
