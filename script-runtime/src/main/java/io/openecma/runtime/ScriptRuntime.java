package io.openecma.runtime;

import io.openecma.runtime.ecma2.ConfigParameterPage;
import io.openecma.schemas.ecma.OpenExportRunStep;
import io.openecma.schemas.ecma.OpenImportRunStep;
import io.openecma.schemas.ecma.Schema;

import java.util.List;

/**
 * One connector's scripts, called the way ECMA2Host's PowerShell connector calls them. Each call
 * or session runs on its own runspace; sessions keep theirs from Begin to End. Implementations:
 * {@link EmbeddedScriptRuntime} (openecma's engine) and
 * {@link io.openecma.runtime.pwsh.PwshScriptRuntime} (PowerShell 7, a process per session);
 * {@link ScriptRuntimes#forDefinition} picks the one a connector asks for.
 */
public interface ScriptRuntime {

    /** Runs the Schema script. */
    Schema schema();

    /** Runs the Validation script for a configuration page. */
    ValidationResult validate(ConfigParameterPage page);

    /** Runs the Partition script (empty when the connector has none). */
    List<PartitionInfo> partitions();

    /** Runs the Hierarchy script for the children of a node (empty when the connector has none). */
    List<HierarchyNodeInfo> hierarchy(HierarchyNodeInfo parent);

    /** Runs Begin Import against the given schema ($Types). */
    ImportSession openImportSession(OpenImportRunStep step, Schema types);

    /** Runs Begin Export against the given schema ($Types). */
    ExportSession openExportSession(OpenExportRunStep step, Schema types);

    /** Runs Begin Password (if any), Password and End Password (if any) on one runspace. */
    void password(PasswordCall call);

    /** A partition the Partition script reported. */
    record PartitionInfo(java.util.UUID identifier, String dn, String name) {
    }

    /** A container the Hierarchy script reported (or the parent given to it). */
    record HierarchyNodeInfo(String dn, String displayName) {
    }
}
