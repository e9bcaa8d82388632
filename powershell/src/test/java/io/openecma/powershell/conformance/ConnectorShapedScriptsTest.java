package io.openecma.powershell.conformance;

import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.conformance.ecma.Ecma;
import io.openecma.powershell.conformance.ecma.Ecma.AttributeChange;
import io.openecma.powershell.conformance.ecma.Ecma.AttributeType;
import io.openecma.powershell.conformance.ecma.Ecma.CSEntryChange;
import io.openecma.powershell.conformance.ecma.Ecma.CSEntryChangeResult;
import io.openecma.powershell.conformance.ecma.Ecma.ConfigParameterCollection;
import io.openecma.powershell.conformance.ecma.Ecma.ObjectModificationType;
import io.openecma.powershell.conformance.ecma.Ecma.SchemaAttribute;
import io.openecma.powershell.conformance.ecma.Ecma.SchemaType;
import io.openecma.powershell.conformance.ecma.Ecma.ValueChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the connector-shaped scripts (common module, Schema from XML, paged Import, Export over
 * $CSEntries) against test doubles of the ECMA2 types registered into the engine, and asserts on
 * the objects and files the scripts produce.
 */
@Tag("conformance")
class ConnectorShapedScriptsTest {

    private static final List<String> PERSON_ATTRIBUTES =
            List.of("EmployeeId", "GivenName", "Surname", "Mail", "Active", "CostCenter", "Groups");

    @TempDir
    Path maData;

    private ConnectorHost host;
    private Path importFile;
    private Path exportFile;
    private ConfigParameterCollection config;

    @BeforeEach
    void hostLikeEcma2Host() throws IOException {
        host = new ConnectorHost(maData);
        importFile = maData.resolve("people.csv");
        exportFile = maData.resolve("target.csv");
        config = ConfigParameterCollection.of(
                "Common Module Script Name (with extension)", ConnectorHost.COMMON_MODULE,
                "FileName_Global", importFile.toString(),
                "ExportFile_Global", exportFile.toString(),
                "ExtraAttributes_Global", "Department, Title");
    }

    @Test
    void schemaScriptBuildsTheSchemaFromItsXmlDefinition() throws IOException {
        Ecma.Schema schema = assertInstanceOf(Ecma.Schema.class, host.runForSingle("Schema.ps1", Map.of("ConfigParameters", config)));
        assertEquals(List.of("person", "group"), schema.getTypes().stream().map(SchemaType::getName).toList());

        SchemaType person = schema.getTypes().get("person");
        List<String> expectedNames = new ArrayList<>(PERSON_ATTRIBUTES);
        expectedNames.addAll(List.of("Department", "Title"));
        assertEquals(expectedNames, person.getAttributes().stream().map(SchemaAttribute::getName).toList());
        assertEquals(List.of("EmployeeId"), person.getAnchorAttributes().stream().map(SchemaAttribute::getName).toList());
        assertTrue(person.getAttributes().get("Groups").getIsMultiValued());
        assertEquals(AttributeType.Boolean, person.getAttributes().get("Active").getDataType());
        assertEquals(AttributeType.Integer, person.getAttributes().get("CostCenter").getDataType());
        assertEquals(Ecma.AttributeOperation.ImportOnly, person.getAttributes().get("CostCenter").getAllowedAttributeOperation());
        assertEquals(List.of("GroupId"), schema.getTypes().get("group").getAnchorAttributes().stream()
                .map(SchemaAttribute::getName).toList());
        assertTrue(host.log().contains("Schema has 2 types: person, group"));
    }

    @Test
    void importScriptReturnsPagesUntilNothingIsLeftAndKeepsItsStateInTheGlobalScope() throws IOException {
        List<String> csv = new ArrayList<>(List.of("EmployeeId,GivenName,Surname,Mail,Active,CostCenter,Groups"));
        for (int i = 0; i < 25; i++) {
            String anchor = i == 7 ? "" : "E" + (100 + i);
            csv.add(anchor + ",Given" + i + ",Sur" + i + ",user" + i + "@example.com," + (i % 2 == 0) + "," + (10 * i)
                    + "," + (i % 3 == 0 ? "g1;g2" : ""));
        }
        Files.write(importFile, csv, StandardCharsets.UTF_8);

        List<CSEntryChange> imported = new ArrayList<>();
        List<String> watermarks = new ArrayList<>();
        String customData = null;
        boolean more = true;
        for (int page = 0; more; page++) {
            assertTrue(page < 5, "the import never reported MoreToImport = false");
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("ConfigParameters", config);
            args.put("Schema", personSchema());
            args.put("OpenImportConnectionRunStep", new Ecma.OpenImportConnectionRunStep(Ecma.OperationType.Full, 10, null));
            args.put("GetImportEntriesRunStep", new Ecma.ImportRunStep(customData));
            Ecma.GetImportEntriesResults results =
                    assertInstanceOf(Ecma.GetImportEntriesResults.class, host.runForSingle("Import.ps1", args));
            imported.addAll(results.getCSEntries());
            customData = results.getCustomData();
            watermarks.add(customData);
            more = results.getMoreToImport();
            if (page == 0) {
                // Later pages must come from $global:ImportRows, as in one ECMA2Host runspace.
                Files.delete(importFile);
            }
        }

        assertEquals(List.of("10", "20", "25"), watermarks);
        assertEquals(24, imported.size(), "25 rows, one without an anchor");
        CSEntryChange first = imported.get(0);
        assertEquals("person", first.getObjectType());
        assertEquals(ObjectModificationType.Add, first.getObjectModificationType());
        assertEquals("CN=E100,OBJECT=PERSON", first.getDN());
        assertEquals("EmployeeId", first.getAnchorAttributes().get(0).getName());
        assertEquals("E100", first.getAnchorAttributes().get(0).getValue());
        assertEquals(List.of("GivenName", "Surname", "Mail", "Active", "CostCenter", "Groups"), first.getChangedAttributeNames());
        assertEquals(List.of("Given0"), values(first, "GivenName"));
        assertEquals(List.of(Boolean.TRUE), values(first, "Active"));
        assertEquals(List.of("g1", "g2"), values(first, "Groups"));
        assertEquals(0L, ((Number) values(first, "CostCenter").get(0)).longValue());

        CSEntryChange second = imported.get(1);
        assertEquals(List.of(Boolean.FALSE), values(second, "Active"));
        assertTrue(!second.getAttributeChanges().contains("Groups"), "empty values are not imported");
        assertEquals(List.of("E106", "E108"), imported.subList(6, 8).stream()
                .map(e -> e.getAnchorAttributes().get(0).getValue()).toList());
        assertTrue(host.log().contains("Loaded 25 rows"));
    }

    @Test
    void exportScriptAppliesEachChangeAndReportsAResultPerEntry() throws IOException {
        Files.write(exportFile, List.of(
                "EmployeeId,GivenName,Surname,Mail,Active,CostCenter,Groups",
                "E100,Ann,Lee,ann@example.com,True,10,g1",
                "E101,Bob,Kim,bob@example.com,True,20,g1;g2",
                "E102,Cy,Doe,cy@example.com,False,30,"), StandardCharsets.UTF_8);

        CSEntryChange add = entry(ObjectModificationType.Add, "E200",
                AttributeChange.createAttributeAdd("GivenName", "Zoe"),
                AttributeChange.createAttributeAdd("Surname", "Ray"),
                AttributeChange.createAttributeAdd("Mail", "zoe@example.com"),
                AttributeChange.createAttributeAdd("Active", Boolean.TRUE),
                AttributeChange.createAttributeAdd("Groups", List.of("a", "b")));
        CSEntryChange replace = entry(ObjectModificationType.Replace, "E100",
                AttributeChange.createAttributeReplace("Mail", "ann.lee@example.com"));
        CSEntryChange update = entry(ObjectModificationType.Update, "E101",
                AttributeChange.createAttributeUpdate("Groups", List.of(ValueChange.createValueAdd("x"), ValueChange.createValueAdd("y"))),
                AttributeChange.createAttributeDelete("Surname"));
        CSEntryChange delete = entry(ObjectModificationType.Delete, "E102");
        CSEntryChange duplicate = entry(ObjectModificationType.Add, "E100",
                AttributeChange.createAttributeAdd("GivenName", "Again"));
        List<CSEntryChange> entries = List.of(add, replace, update, delete, duplicate);

        Map<String, Object> args = new LinkedHashMap<>();
        args.put("ConfigParameters", config);
        args.put("Schema", personSchema());
        args.put("OpenExportConnectionRunStep", new Ecma.OpenExportConnectionRunStep(Ecma.OperationType.Delta, 100));
        args.put("CSEntries", new ArrayList<>(entries));
        Ecma.PutExportEntriesResults results =
                assertInstanceOf(Ecma.PutExportEntriesResults.class, host.runForSingle("Export.ps1", args));

        List<CSEntryChangeResult> perEntry = results.getCSEntryChangeResults().stream().toList();
        assertEquals(entries.stream().map(CSEntryChange::getIdentifier).toList(),
                perEntry.stream().map(CSEntryChangeResult::getIdentifier).toList());
        assertEquals(List.of(Ecma.MAExportError.Success, Ecma.MAExportError.Success, Ecma.MAExportError.Success,
                        Ecma.MAExportError.Success, Ecma.MAExportError.ExportErrorCustomContinueRun),
                perEntry.stream().map(CSEntryChangeResult::getErrorCode).toList());
        assertNull(perEntry.get(0).getErrorName());
        assertEquals("AlreadyExists", perEntry.get(4).getErrorName());
        assertEquals("EmployeeId E100 already exists", perEntry.get(4).getErrorDetail());

        assertEquals(List.of(
                "\"EmployeeId\",\"GivenName\",\"Surname\",\"Mail\",\"Active\",\"CostCenter\",\"Groups\"",
                "\"E100\",\"Ann\",\"Lee\",\"ann.lee@example.com\",\"True\",\"10\",\"g1\"",
                "\"E101\",\"Bob\",\"\",\"bob@example.com\",\"True\",\"20\",\"x;y\"",
                "\"E200\",\"Zoe\",\"Ray\",\"zoe@example.com\",\"True\",\"\",\"a;b\""),
                ConformanceCase.lines(Files.readString(exportFile)));
        assertTrue(host.log().contains("Exported Delete E102"));
    }

    @Test
    void commonModuleExportsOnlyItsPublicFunctionsAndValidatesTheirParameters() throws IOException {
        String script = String.join("\n",
                "Import-Module (Join-Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) 'OeTest.Common.psm1')",
                "Test-Path function:ConvertTo-ConnectorDN",
                "(New-ConnectorCSEntryChange -ObjectType group -ModificationType Add -AnchorName GroupId -AnchorValue 7).DN",
                "try { New-ConnectorCSEntryChange -ObjectType group -ModificationType Rename -AnchorName GroupId -AnchorValue 7 }",
                "catch { $_.Exception.Message.Contains(\"Cannot validate argument on parameter 'ModificationType'\") }",
                "$cs = New-ConnectorCSEntryChange -ObjectType person -ModificationType Add -AnchorName Id -AnchorValue 1",
                "$cs | Add-ConnectorAttributeChange -AttributeName Mail -Value 'm@example.com' -PassThru | Out-Null",
                "Get-CSEntryChangeValue -CSEntryChange $cs -AttributeName Mail",
                "$null -eq (Get-CSEntryChangeValue -CSEntryChange $cs -AttributeName Missing)",
                "Get-ConfigValue -ConfigParameters $ConfigParameters -Name Nope -Default 'fallback'",
                "Get-ConfigValue -ConfigParameters $ConfigParameters -Name ExtraAttributes");
        host.engine.setVariable("ConfigParameters", config);
        ScriptResult result = host.engine.execute(ScriptSource.of("module-check.ps1", script), Map.of());

        ConnectorHost.assertSucceeded(result);
        assertEquals(List.of("False", "CN=7,OBJECT=GROUP", "True", "m@example.com", "True", "fallback", "Department, Title"),
                result.output().stream().map(io.openecma.powershell.OutputFormatter::format).toList());
    }


    private static List<Object> values(CSEntryChange entry, String attribute) {
        return entry.getAttributeChanges().get(attribute).getValueChanges().stream().map(ValueChange::getValue).toList();
    }

    private static CSEntryChange entry(ObjectModificationType type, String anchor, AttributeChange... changes) {
        CSEntryChange entry = CSEntryChange.create();
        entry.setIdentifier(UUID.randomUUID());
        entry.setObjectType("person");
        entry.setObjectModificationType(type);
        entry.getAnchorAttributes().add(Ecma.AnchorAttribute.create("EmployeeId", anchor));
        for (AttributeChange change : changes) {
            entry.getAttributeChanges().add(change);
        }
        return entry;
    }

    /** The person type as the Schema script defines it (without the configured extras). */
    private static Ecma.Schema personSchema() {
        SchemaType person = SchemaType.create("person", true);
        person.getAttributes().add(SchemaAttribute.createAnchorAttribute("EmployeeId", AttributeType.String));
        person.getAttributes().add(SchemaAttribute.createSingleValuedAttribute("GivenName", AttributeType.String));
        person.getAttributes().add(SchemaAttribute.createSingleValuedAttribute("Surname", AttributeType.String));
        person.getAttributes().add(SchemaAttribute.createSingleValuedAttribute("Mail", AttributeType.String));
        person.getAttributes().add(SchemaAttribute.createSingleValuedAttribute("Active", AttributeType.Boolean));
        person.getAttributes().add(SchemaAttribute.createSingleValuedAttribute("CostCenter", AttributeType.Integer,
                Ecma.AttributeOperation.ImportOnly));
        person.getAttributes().add(SchemaAttribute.createMultiValuedAttribute("Groups", AttributeType.String));
        Ecma.Schema schema = Ecma.Schema.create();
        schema.getTypes().add(person);
        return schema;
    }

}
