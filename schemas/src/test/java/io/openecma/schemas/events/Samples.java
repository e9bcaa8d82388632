package io.openecma.schemas.events;

import io.openecma.schemas.definition.Capabilities;
import io.openecma.schemas.definition.CommonModule;
import io.openecma.schemas.definition.ConfigParameter;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.Credential;
import io.openecma.schemas.definition.DeleteFlow;
import io.openecma.schemas.definition.Deprovisioning;
import io.openecma.schemas.definition.DisableFlow;
import io.openecma.schemas.definition.PageSizes;
import io.openecma.schemas.definition.ParameterScope;
import io.openecma.schemas.definition.ScimMapping;
import io.openecma.schemas.definition.Script;
import io.openecma.schemas.definition.ScriptKind;
import io.openecma.schemas.definition.ScriptRuntime;
import io.openecma.schemas.ecma.AnchorAttribute;
import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.AttributeType;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.CSEntryChangeResult;
import io.openecma.schemas.ecma.ExportType;
import io.openecma.schemas.ecma.ImportType;
import io.openecma.schemas.ecma.MAExportError;
import io.openecma.schemas.ecma.ObjectConfirmation;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.ecma.PasswordOperationType;
import io.openecma.schemas.ecma.PasswordOption;
import io.openecma.schemas.ecma.Schema;
import io.openecma.schemas.ecma.SchemaAttribute;
import io.openecma.schemas.ecma.SchemaType;
import io.openecma.schemas.ecma.ValueChange;

import io.openecma.schemas.topics.Topics;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** One fully populated instance of every contract, with every kind of value in it. */
public final class Samples {

    public static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123456Z");

    private Samples() {
    }

    public static CSEntryChange addChange() {
        return new CSEntryChange(UUID.randomUUID(), "User", "CN=1001,OBJECT=USER", ObjectModificationType.Add,
                List.of(new AnchorAttribute("EmployeeId", "1001")),
                List.of(AttributeChange.add("EmployeeId", "1001"),
                        AttributeChange.add("userName", "ada.lovelace"),
                        AttributeChange.add("isActive", true),
                        AttributeChange.add("employeeNumber", 42L),
                        AttributeChange.add("photo", new byte[] {1, 2, 3}),
                        AttributeChange.add("proxyAddresses", "smtp:ada@example.com", "smtp:al@example.com")));
    }

    public static CSEntryChange updateChange() {
        return new CSEntryChange(UUID.randomUUID(), "User", null, ObjectModificationType.Update,
                List.of(new AnchorAttribute("EmployeeId", "1002")),
                List.of(AttributeChange.replace("title", "Engineer"),
                        AttributeChange.update("proxyAddresses",
                                List.of(ValueChange.add("smtp:new@example.com"), ValueChange.delete("smtp:old@example.com"))),
                        AttributeChange.delete("manager")));
    }

    public static Schema schema() {
        return new Schema(List.of(new SchemaType("User", true, List.of(
                SchemaAttribute.anchor("EmployeeId", AttributeType.String),
                SchemaAttribute.singleValued("isActive", AttributeType.Boolean),
                SchemaAttribute.multiValued("proxyAddresses", AttributeType.String),
                new SchemaAttribute("createdAt", AttributeType.Integer, false, false,
                        io.openecma.schemas.ecma.AttributeOperation.ImportOnly)))));
    }

    public static EncryptedEnvelope envelope() {
        return new EncryptedEnvelope("k1", "AES-256-GCM", "AAECAwQFBgcICQoL", "c2VjcmV0IGJ5dGVz");
    }

    public static BatchFailure failure() {
        return new BatchFailure(FailureKind.TRANSIENT, "The remote server returned an error: (503)", "Export.ps1:42");
    }

    public static ScimChangeEvent scimChangeEvent() {
        return new ScimChangeEvent(1, UUID.randomUUID(), UUID.randomUUID(), "hr", "User", "1001", "1001",
                ChangeOperation.MODIFY,
                List.of(AttributeDelta.replace("title", "Engineer"),
                        new AttributeDelta("proxyAddresses", DeltaKind.ADD_VALUES, List.of("smtp:a@example.com")),
                        new AttributeDelta("proxyAddresses", DeltaKind.REMOVE_VALUES, List.of("smtp:b@example.com")),
                        new AttributeDelta("employeeNumber", DeltaKind.REPLACE, List.of(7)),
                        AttributeDelta.clear("manager")),
                false, "sha256:abc", true, NOW, envelope());
    }

    public static ExportBatch exportBatch() {
        return new ExportBatch(1, UUID.randomUUID(), "hr", ExportType.AttributeReplace, 2,
                List.of(new ExportItem("1001", 3, addChange()), new ExportItem("1002", 9, updateChange())), NOW);
    }

    public static ExportResult exportResult() {
        UUID id = UUID.randomUUID();
        return new ExportResult(1, UUID.randomUUID(), UUID.randomUUID(), "hr", "worker-1",
                List.of(CSEntryChangeResult.success(UUID.randomUUID()),
                        new CSEntryChangeResult(id, List.of(AttributeChange.add("EmployeeId", "1003")),
                                MAExportError.ExportErrorCustomContinueRun, "CsvExportError", "already exists")),
                null, NOW);
    }

    public static ImportRequest importRequest() {
        return new ImportRequest(1, UUID.randomUUID(), UUID.randomUUID(), "hr", ImportType.Delta, "{\"since\":\"x\"}", 500, NOW);
    }

    public static SchemaRequest schemaRequest() {
        return new SchemaRequest(1, UUID.randomUUID(), UUID.randomUUID(), "hr");
    }

    public static ImportPage importPage() {
        return new ImportPage(1, UUID.randomUUID(), UUID.randomUUID(), "hr", 1, List.of(addChange()), true,
                "{\"offset\":500}", null, List.of(new ImportEntryError(UUID.randomUUID(), "User", "1002",
                        "CN=1002,OBJECT=USER", "ImportErrorInvalidAttributeValue", "BadHireDate",
                        "hireDate '31.02.2020' is not a date")));
    }

    public static SchemaResult schemaResult() {
        return new SchemaResult(1, UUID.randomUUID(), UUID.randomUUID(), "hr", schema(), null);
    }

    public static PasswordRequest passwordRequest() {
        return new PasswordRequest(1, UUID.randomUUID(), UUID.randomUUID(), "hr", "1001", "CN=1001,OBJECT=USER",
                PasswordOperationType.SetPassword, envelope(), Set.of(PasswordOption.UnlockAccount, PasswordOption.ForceChangeAtLogOn));
    }

    public static PasswordResult passwordResult() {
        return new PasswordResult(1, UUID.randomUUID(), UUID.randomUUID(), "hr", "1001", false,
                PasswordErrorKind.POLICY_VIOLATION, "The password must have at least 8 characters.");
    }

    public static ScimOutcome scimOutcome() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("EmployeeId", "1001");
        attributes.put("isActive", true);
        attributes.put("employeeNumber", 42);
        attributes.put("proxyAddresses", List.of("smtp:a@example.com", "smtp:b@example.com"));
        return new ScimOutcome(1, UUID.randomUUID(), UUID.randomUUID(), "hr", OutcomeStatus.APPLIED, 200, null, null, null,
                new ObjectView("1001", "1001", "User", attributes, true, 4));
    }

    public static ScimOutcome failedOutcome() {
        return new ScimOutcome(1, UUID.randomUUID(), UUID.randomUUID(), "hr", OutcomeStatus.FAILED, 503, null,
                "The remote server returned an error: (503)", 30, null);
    }

    public static ConnectorDefinition definition() {
        return new ConnectorDefinition("hr", "pbkdf2-sha256$210000$elXsYmKhkSG60WHof4K4qA==$CC+QPZmoTehPL00pWi/2d7V8kKKV2MCJYER+ccMvktQ=",
                new Capabilities(ExportType.ObjectReplace, ObjectConfirmation.Normal, true, true, true, true, false, false),
                "User", "EmployeeId", List.of("EmployeeId", "isActive"), List.of(new ScimMapping("userName", "EmployeeId")),
                new Deprovisioning(DisableFlow.SetAttribute, "isActive", false, DeleteFlow.Delete), 120, new PageSizes(500, 50),
                ScriptRuntime.PWSH, 5,
                Map.of(ScriptKind.Schema, new Script("Schema.ps1", "param($ConfigParameters)\r\n"),
                        ScriptKind.Export, new Script("Export.ps1", "# export\r\n")),
                new CommonModule("Common.psm1", "Common.psm1", "function Get-X { 1 }\r\n"),
                List.of(new ConfigParameter("CsvFile", ParameterScope.Global, "users.csv", false),
                        new ConfigParameter("ApiKey", ParameterScope.Global, "enc:k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxw=", true)),
                new Credential("svc-hr", "enc:k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxw="));
    }

    public static ConnectorSnapshot connectorSnapshot() {
        return new ConnectorSnapshot(1, UUID.randomUUID(), "hr", definition(), schema(),
                ConnectorSnapshot.hashOf(definition()), 3, NOW);
    }

    public static DeadLetter deadLetter() {
        return new DeadLetter(1, UUID.randomUUID(), Topics.SCIM_CHANGES, "hr/1001", "not a valid ScimChangeEvent", "{\"x\":1}", NOW);
    }
}

