package io.openecma.runtime.pwsh;

import com.fasterxml.jackson.databind.JsonNode;
import io.openecma.runtime.ExportSession;
import io.openecma.runtime.ImportSession;
import io.openecma.runtime.PasswordCall;
import io.openecma.runtime.PasswordRejectedException;
import io.openecma.runtime.ResultShapes;
import io.openecma.runtime.ScriptFailedException;
import io.openecma.runtime.ScriptExportSession;
import io.openecma.runtime.ScriptImportSession;
import io.openecma.runtime.ScriptRuntime;
import io.openecma.runtime.ScriptStreams;
import io.openecma.runtime.ValidationResult;
import io.openecma.runtime.ecma2.ConfigParameterPage;
import io.openecma.runtime.ecma2.Ecma2Converter;
import io.openecma.runtime.ecma2.HierarchyNode;
import io.openecma.runtime.ecma2.ParameterValidationResult;
import io.openecma.runtime.ecma2.ParameterValidationResultCode;
import io.openecma.runtime.ecma2.Partition;
import io.openecma.runtime.ecma2.Schema;
import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.ScriptKind;
import io.openecma.schemas.ecma.OpenExportRunStep;
import io.openecma.schemas.ecma.OpenImportRunStep;
import io.openecma.schemas.ecma.PasswordOperationType;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ScriptRuntime} on PowerShell 7 out of process: one host process per session (Begin to
 * End on one runspace there) and one per one-shot call, talking JSON lines over stdin/stdout to
 * the host script {@code openecma-host.ps1}. Results are checked by the same code as the embedded
 * runtime's.
 */
public final class PwshScriptRuntime implements ScriptRuntime {

    private final PwshHost host;

    /** The configured pwsh ({@link PwshCommand#configured()}) and the connector's script timeout. */
    public PwshScriptRuntime(ConnectorDefinition definition, ConnectorFolders folders, SecretBox secrets,
                             ScriptStreams streams) {
        this(definition, folders, secrets, streams, PwshCommand.configured(), null);
    }

    /**
     * @param callLimit how long one script call may take before the process is killed; null means the
     *                  connector's {@code scriptTimeoutMinutes} (0 there: no limit)
     */
    public PwshScriptRuntime(ConnectorDefinition definition, ConnectorFolders folders, SecretBox secrets,
                             ScriptStreams streams, PwshCommand command, Duration callLimit) {
        Duration limit = callLimit != null ? callLimit
                : definition.scriptTimeoutMinutes() > 0 ? Duration.ofMinutes(definition.scriptTimeoutMinutes()) : null;
        this.host = new PwshHost(definition, folders, secrets, streams, command, limit);
    }

    @Override
    public io.openecma.schemas.ecma.Schema schema() {
        List<Object> output = oneShot(ScriptKind.Schema, Map.of());
        Schema schema = ResultShapes.single(ScriptKind.Schema, host.scriptName(ScriptKind.Schema), output, Schema.class,
                host.streams());
        return ResultShapes.converted(ScriptKind.Schema, host.scriptName(ScriptKind.Schema), () -> Ecma2Converter.toModel(schema));
    }

    @Override
    public ValidationResult validate(ConfigParameterPage page) {
        if (!host.has(ScriptKind.Validation)) {
            return new ValidationResult(true, null, null);
        }
        List<Object> output = oneShot(ScriptKind.Validation,
                Map.of("ConfigParameterPage", WireEncoder.enumValue("ConfigParameterPage", page)));
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
        List<Object> output = oneShot(ScriptKind.Partition, Map.of());
        return ResultShapes.many(ScriptKind.Partition, host.scriptName(ScriptKind.Partition), output, Partition.class)
                .stream().map(p -> new PartitionInfo(p.getIdentifier(), p.getDN(), p.getName())).toList();
    }

    @Override
    public List<HierarchyNodeInfo> hierarchy(HierarchyNodeInfo parent) {
        if (!host.has(ScriptKind.Hierarchy)) {
            return List.of();
        }
        JsonNode node = WireEncoder.hierarchyNode(parent.dn(), parent.displayName());
        List<Object> output = oneShot(ScriptKind.Hierarchy, Map.of("ParentNode", node, "HierarchyNode", node));
        return ResultShapes.many(ScriptKind.Hierarchy, host.scriptName(ScriptKind.Hierarchy), output, HierarchyNode.class)
                .stream().map(n -> new HierarchyNodeInfo(n.getDN(), n.getDisplayName())).toList();
    }

    @Override
    public ImportSession openImportSession(OpenImportRunStep step, io.openecma.schemas.ecma.Schema types) {
        HostProcess process = host.launch(host.has(ScriptKind.BeginImport) ? ScriptKind.BeginImport : ScriptKind.Import);
        return new ScriptImportSession(host.scripts(), new PwshRunspace(host, process), step, partition(step.partition()),
                types);
    }

    @Override
    public ExportSession openExportSession(OpenExportRunStep step, io.openecma.schemas.ecma.Schema types) {
        HostProcess process = host.launch(host.has(ScriptKind.BeginExport) ? ScriptKind.BeginExport : ScriptKind.Export);
        return new ScriptExportSession(host.scripts(), new PwshRunspace(host, process), step, partition(step.partition()),
                types);
    }

    @Override
    public void password(PasswordCall call) {
        JsonNode partition = WireEncoder.partition(partition(null));
        try {
            HostProcess process = host.launch(ScriptKind.Password);
            try {
                if (host.has(ScriptKind.BeginPassword)) {
                    ResultShapes.none(host.scriptName(ScriptKind.BeginPassword),
                            host.run(process, ScriptKind.BeginPassword, Map.of("Partition", partition)), host.streams());
                }
                Map<String, JsonNode> params = new LinkedHashMap<>();
                params.put("Partition", partition);
                params.put("CSEntry", WireEncoder.csEntry(call.dn(), call.objectType(), call.attributes()));
                params.put("OperationType", WireEncoder.string(call.operation().name()));
                params.put("NewPassword", WireEncoder.string(call.newPassword()));
                if (call.operation() == PasswordOperationType.SetPassword) {
                    params.put("PasswordOptions", WireEncoder.passwordOptions(call.options()));
                } else {
                    params.put("OldPassword", WireEncoder.string(call.oldPassword()));
                }
                ResultShapes.none(host.scriptName(ScriptKind.Password), host.run(process, ScriptKind.Password, params),
                        host.streams());
                if (host.has(ScriptKind.EndPassword)) {
                    ResultShapes.none(host.scriptName(ScriptKind.EndPassword),
                            host.run(process, ScriptKind.EndPassword, Map.of("Partition", partition)), host.streams());
                }
            } finally {
                process.close();
            }
        } catch (PasswordRejectedException e) {
            throw e;
        } catch (ScriptFailedException e) {
            throw new PasswordRejectedException(e, PasswordRejectedException.kindOf(e));
        }
    }

    /** A short-lived process for one call. */
    private List<Object> oneShot(ScriptKind kind, Map<String, JsonNode> params) {
        HostProcess process = host.launch(kind);
        try {
            return host.run(process, kind, params);
        } finally {
            process.close();
        }
    }

    private Partition partition(String name) {
        Partition p = Partition.defaultPartition(host.definition().name());
        return name == null || name.isBlank() ? p : Partition.Create(p.getIdentifier(), name, name);
    }
}
