package io.openecma.runtime;

import io.openecma.powershell.PowerShellEngine;
import io.openecma.runtime.ecma2.CSEntry;
import io.openecma.runtime.ecma2.ConfigParameterPage;
import io.openecma.runtime.ecma2.Ecma2Converter;
import io.openecma.runtime.ecma2.HierarchyNode;
import io.openecma.runtime.ecma2.ParameterValidationResult;
import io.openecma.runtime.ecma2.ParameterValidationResultCode;
import io.openecma.runtime.ecma2.Partition;
import io.openecma.runtime.ecma2.PasswordOptions;
import io.openecma.runtime.ecma2.Schema;
import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.ScriptKind;
import io.openecma.schemas.ecma.OpenExportRunStep;
import io.openecma.schemas.ecma.OpenImportRunStep;
import io.openecma.schemas.ecma.PasswordOperationType;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link ScriptRuntime} on openecma's embedded PowerShell engine. */
public final class EmbeddedScriptRuntime implements ScriptRuntime {

    private final ScriptHost host;

    /**
     * @param folders  the connector's own folders (MAData, Temp, mapped drives)
     * @param secrets  decrypts encrypted parameters and the credential; may be null when there are none
     * @param streams  receives the scripts' verbose, debug, warning, information and error streams
     */
    public EmbeddedScriptRuntime(ConnectorDefinition definition, ConnectorFolders folders, SecretBox secrets,
                                 ScriptStreams streams) {
        this.host = new ScriptHost(definition, folders, secrets, streams);
    }

    @Override
    public io.openecma.schemas.ecma.Schema schema() {
        List<Object> output = host.run(host.newEngine(), ScriptKind.Schema, Map.of());
        Schema schema = ResultShapes.single(ScriptKind.Schema, host.scriptName(ScriptKind.Schema), output, Schema.class,
                host.streams());
        return ResultShapes.converted(ScriptKind.Schema, host.scriptName(ScriptKind.Schema), () -> Ecma2Converter.toModel(schema));
    }

    @Override
    public ValidationResult validate(ConfigParameterPage page) {
        if (!host.has(ScriptKind.Validation)) {
            return new ValidationResult(true, null, null);
        }
        List<Object> output = host.run(host.newEngine(), ScriptKind.Validation, Map.of("ConfigParameterPage", page));
        ParameterValidationResult r = ResultShapes.single(ScriptKind.Validation, host.scriptName(ScriptKind.Validation),
                output, ParameterValidationResult.class, host.streams());
        return new ValidationResult(r.getCode() == ParameterValidationResultCode.Success, r.getErrorMessage(),
                r.getErrorParameter());
    }

    @Override
    public List<PartitionInfo> partitions() {
        if (!host.has(ScriptKind.Partition)) {
            return List.of();
        }
        List<Object> output = host.run(host.newEngine(), ScriptKind.Partition, Map.of());
        return ResultShapes.many(ScriptKind.Partition, host.scriptName(ScriptKind.Partition), output, Partition.class)
                .stream().map(p -> new PartitionInfo(p.getIdentifier(), p.getDN(), p.getName())).toList();
    }

    @Override
    public List<HierarchyNodeInfo> hierarchy(HierarchyNodeInfo parent) {
        if (!host.has(ScriptKind.Hierarchy)) {
            return List.of();
        }
        HierarchyNode node = HierarchyNode.Create(parent.dn(), parent.displayName());
        Map<String, Object> params = new HashMap<>();
        params.put("ParentNode", node);
        params.put("HierarchyNode", node);
        List<Object> output = host.run(host.newEngine(), ScriptKind.Hierarchy, params);
        return ResultShapes.many(ScriptKind.Hierarchy, host.scriptName(ScriptKind.Hierarchy), output, HierarchyNode.class)
                .stream().map(n -> new HierarchyNodeInfo(n.getDN(), n.getDisplayName())).toList();
    }

    @Override
    public ImportSession openImportSession(OpenImportRunStep step, io.openecma.schemas.ecma.Schema types) {
        return new ScriptImportSession(host.scripts(), new EmbeddedRunspace(host, host.newEngine()), step,
                partition(step.partition()), types);
    }

    @Override
    public ExportSession openExportSession(OpenExportRunStep step, io.openecma.schemas.ecma.Schema types) {
        return new ScriptExportSession(host.scripts(), new EmbeddedRunspace(host, host.newEngine()), step,
                partition(step.partition()), types);
    }

    @Override
    public void password(PasswordCall call) {
        PowerShellEngine engine = host.newEngine();
        Partition partition = partition(null);
        try {
            if (host.has(ScriptKind.BeginPassword)) {
                ResultShapes.none(host.scriptName(ScriptKind.BeginPassword),
                        host.run(engine, ScriptKind.BeginPassword, Map.of("Partition", partition)), host.streams());
            }
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("Partition", partition);
            params.put("CSEntry", new CSEntry(call.dn(), call.objectType(), call.attributes()));
            params.put("OperationType", call.operation().name());
            params.put("NewPassword", call.newPassword());
            if (call.operation() == PasswordOperationType.SetPassword) {
                params.put("PasswordOptions", new PasswordOptions(call.options()));
            } else {
                params.put("OldPassword", call.oldPassword());
            }
            ResultShapes.none(host.scriptName(ScriptKind.Password), host.run(engine, ScriptKind.Password, params),
                    host.streams());
            if (host.has(ScriptKind.EndPassword)) {
                ResultShapes.none(host.scriptName(ScriptKind.EndPassword),
                        host.run(engine, ScriptKind.EndPassword, Map.of("Partition", partition)), host.streams());
            }
        } catch (PasswordRejectedException e) {
            throw e;
        } catch (ScriptFailedException e) {
            throw new PasswordRejectedException(e, PasswordRejectedException.kindOf(e));
        }
    }

    private Partition partition(String name) {
        Partition p = Partition.defaultPartition(host.definition().name());
        return name == null || name.isBlank() ? p : Partition.Create(p.getIdentifier(), name, name);
    }
}
