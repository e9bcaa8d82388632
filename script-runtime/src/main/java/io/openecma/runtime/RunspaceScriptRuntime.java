package io.openecma.runtime;

import io.openecma.runtime.ecma2.CSEntry;
import io.openecma.runtime.ecma2.ConfigParameterPage;
import io.openecma.runtime.ecma2.Ecma2Converter;
import io.openecma.runtime.ecma2.HierarchyNode;
import io.openecma.runtime.ecma2.ParameterValidationResult;
import io.openecma.runtime.ecma2.ParameterValidationResultCode;
import io.openecma.runtime.ecma2.Partition;
import io.openecma.runtime.ecma2.PasswordOptions;
import io.openecma.runtime.ecma2.Schema;
import io.openecma.schemas.definition.ScriptKind;
import io.openecma.schemas.ecma.OpenExportRunStep;
import io.openecma.schemas.ecma.OpenImportRunStep;
import io.openecma.schemas.ecma.PasswordOperationType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calling conventions of every script kind, the same for both runtimes: which parameters a
 * kind gets, which runspace a call or session runs on, and how results are checked. A subclass
 * says how a runspace is opened ({@link EmbeddedScriptRuntime}: an engine;
 * {@link io.openecma.runtime.pwsh.PwshScriptRuntime}: a host process).
 */
public abstract class RunspaceScriptRuntime implements ScriptRuntime {

    private final ConnectorScripts scripts;

    protected RunspaceScriptRuntime(ConnectorScripts scripts) {
        this.scripts = scripts;
    }

    /** A new runspace for one call or session; failing to open one is reported against {@code forKind}. */
    protected abstract Runspace open(ScriptKind forKind);

    @Override
    public final io.openecma.schemas.ecma.Schema schema() {
        Schema schema = ResultShapes.single(ScriptKind.Schema, scripts.scriptName(ScriptKind.Schema),
                oneShot(ScriptKind.Schema, Map.of()), Schema.class, scripts.streams());
        return ResultShapes.converted(ScriptKind.Schema, scripts.scriptName(ScriptKind.Schema),
                () -> Ecma2Converter.toModel(schema));
    }

    @Override
    public final ValidationResult validate(ConfigParameterPage page) {
        if (!scripts.has(ScriptKind.Validation)) {
            return new ValidationResult(true, null, null);
        }
        List<Object> output = oneShot(ScriptKind.Validation, runspace -> Map.of("ConfigParameterPage", runspace.pass(page)));
        ParameterValidationResult r = ResultShapes.single(ScriptKind.Validation, scripts.scriptName(ScriptKind.Validation),
                output, ParameterValidationResult.class, scripts.streams());
        return new ValidationResult(r.getCode() == ParameterValidationResultCode.Success, r.getErrorMessage(),
                r.getErrorParameter());
    }

    @Override
    public final List<PartitionInfo> partitions() {
        if (!scripts.has(ScriptKind.Partition)) {
            return List.of();
        }
        List<Object> output = oneShot(ScriptKind.Partition, Map.of());
        return ResultShapes.many(ScriptKind.Partition, scripts.scriptName(ScriptKind.Partition), output, Partition.class)
                .stream().map(p -> new PartitionInfo(p.getIdentifier(), p.getDN(), p.getName())).toList();
    }

    @Override
    public final List<HierarchyNodeInfo> hierarchy(HierarchyNodeInfo parent) {
        if (!scripts.has(ScriptKind.Hierarchy)) {
            return List.of();
        }
        List<Object> output = oneShot(ScriptKind.Hierarchy, runspace -> {
            Object node = runspace.pass(HierarchyNode.Create(parent.dn(), parent.displayName()));
            return Map.of("ParentNode", node, "HierarchyNode", node);
        });
        return ResultShapes.many(ScriptKind.Hierarchy, scripts.scriptName(ScriptKind.Hierarchy), output, HierarchyNode.class)
                .stream().map(n -> new HierarchyNodeInfo(n.getDN(), n.getDisplayName())).toList();
    }

    @Override
    public final ImportSession openImportSession(OpenImportRunStep step, io.openecma.schemas.ecma.Schema types) {
        Runspace runspace = open(scripts.has(ScriptKind.BeginImport) ? ScriptKind.BeginImport : ScriptKind.Import);
        return new ScriptImportSession(scripts, runspace, step, partition(step.partition()), types);
    }

    @Override
    public final ExportSession openExportSession(OpenExportRunStep step, io.openecma.schemas.ecma.Schema types) {
        Runspace runspace = open(scripts.has(ScriptKind.BeginExport) ? ScriptKind.BeginExport : ScriptKind.Export);
        return new ScriptExportSession(scripts, runspace, step, partition(step.partition()), types);
    }

    @Override
    public final void password(PasswordCall call) {
        try {
            Runspace runspace = open(ScriptKind.Password);
            try {
                Object partition = runspace.pass(partition(null));
                if (scripts.has(ScriptKind.BeginPassword)) {
                    ResultShapes.none(scripts.scriptName(ScriptKind.BeginPassword),
                            runspace.run(ScriptKind.BeginPassword, Map.of("Partition", partition)), scripts.streams());
                }
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("Partition", partition);
                params.put("CSEntry", runspace.pass(new CSEntry(call.dn(), call.objectType(), call.attributes())));
                params.put("OperationType", runspace.pass(call.operation().name()));
                params.put("NewPassword", runspace.pass(call.newPassword()));
                if (call.operation() == PasswordOperationType.SetPassword) {
                    params.put("PasswordOptions", runspace.pass(new PasswordOptions(call.options())));
                } else {
                    params.put("OldPassword", runspace.pass(call.oldPassword()));
                }
                ResultShapes.none(scripts.scriptName(ScriptKind.Password), runspace.run(ScriptKind.Password, params),
                        scripts.streams());
                if (scripts.has(ScriptKind.EndPassword)) {
                    ResultShapes.none(scripts.scriptName(ScriptKind.EndPassword),
                            runspace.run(ScriptKind.EndPassword, Map.of("Partition", partition)), scripts.streams());
                }
            } finally {
                runspace.close();
            }
        } catch (PasswordRejectedException e) {
            throw e;
        } catch (ScriptFailedException e) {
            throw new PasswordRejectedException(e, PasswordRejectedException.kindOf(e));
        }
    }

    /** A runspace for one call, ended after it. */
    private List<Object> oneShot(ScriptKind kind, java.util.function.Function<Runspace, Map<String, Object>> parameters) {
        Runspace runspace = open(kind);
        try {
            return runspace.run(kind, parameters.apply(runspace));
        } finally {
            runspace.close();
        }
    }

    private List<Object> oneShot(ScriptKind kind, Map<String, Object> parameters) {
        return oneShot(kind, runspace -> parameters);
    }

    private Partition partition(String name) {
        Partition p = Partition.defaultPartition(scripts.definition().name());
        return name == null || name.isBlank() ? p : Partition.Create(p.getIdentifier(), name, name);
    }
}
