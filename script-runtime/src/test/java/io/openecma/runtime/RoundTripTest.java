package io.openecma.runtime;

import io.openecma.runtime.ecma2.MAImportError;
import io.openecma.schemas.ecma.AnchorAttribute;
import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.AttributeModificationType;
import io.openecma.schemas.ecma.AttributeOperation;
import io.openecma.schemas.ecma.AttributeType;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.CSEntryChangeResult;
import io.openecma.schemas.ecma.CloseReason;
import io.openecma.schemas.ecma.ExportType;
import io.openecma.schemas.ecma.ImportType;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.ecma.OpenExportRunStep;
import io.openecma.schemas.ecma.OpenImportRunStep;
import io.openecma.schemas.ecma.Schema;
import io.openecma.schemas.ecma.SchemaAttribute;
import io.openecma.schemas.ecma.SchemaType;
import io.openecma.schemas.ecma.ValueChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a script sets is what the data model gets, and what the model sends is what the script sees. */
class RoundTripTest {

    /** The runtime the tests run on (subclasses run them on the pwsh runtime). */
    TestRuntimes.Runtime runtimeKind() {
        return TestRuntimes.Runtime.EMBEDDED;
    }


    @TempDir
    Path temp;

    private static final Schema SCHEMA = new Schema(List.of(new SchemaType("User", true, List.of(
            SchemaAttribute.anchor("EmployeeId", AttributeType.String),
            SchemaAttribute.singleValued("level", AttributeType.Integer),
            SchemaAttribute.singleValued("isActive", AttributeType.Boolean),
            SchemaAttribute.singleValued("photo", AttributeType.Binary),
            new SchemaAttribute("groups", AttributeType.Reference, true, false, AttributeOperation.ImportExport)))));

    @Test
    void importScriptValuesReachTheDataModel() {
        TestRuntimes t = new TestRuntimes(temp, runtimeKind());
        SampleConnectors.writeScript(t.connector, "BeginImport.ps1", "param($OpenImportConnectionRunStep)\n"
                + "New-Object Microsoft.MetadirectoryServices.OpenImportConnectionResults\n");
        SampleConnectors.writeScript(t.connector, "EndImport.ps1", "param($CloseImportConnectionRunStep)\n"
                + "New-Object Microsoft.MetadirectoryServices.CloseImportConnectionResults\n");
        SampleConnectors.writeScript(t.connector, "Import.ps1", """
                param($GetImportEntriesRunStep, $OpenImportConnectionRunStep, $Types)
                $list = New-Object 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.CSEntryChange]'
                $c = [Microsoft.MetadirectoryServices.CSEntryChange]::Create()
                $c.ObjectType = 'User'
                $c.ObjectModificationType = 'Update'
                $c.DN = 'CN=42,OBJECT=USER'
                $c.AnchorAttributes.Add([Microsoft.MetadirectoryServices.AnchorAttribute]::Create('EmployeeId', '42'))
                $c.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeReplace('level', 7))
                $c.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeReplace('isActive', $false))
                $c.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd('photo', [byte[]](1,2,3)))
                $changes = New-Object 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.ValueChange]'
                $changes.Add([Microsoft.MetadirectoryServices.ValueChange]::CreateValueDelete('CN=old'))
                $changes.Add([Microsoft.MetadirectoryServices.ValueChange]::CreateValueAdd('CN=new'))
                $c.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeUpdate('groups', $changes))
                $c.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeDelete('title'))
                $list.Add($c)
                $bad = [Microsoft.MetadirectoryServices.CSEntryChange]::Create()
                $bad.ObjectType = 'User'
                $bad.DN = 'CN=43,OBJECT=USER'
                $bad.AnchorAttributes.Add([Microsoft.MetadirectoryServices.AnchorAttribute]::Create('EmployeeId', '43'))
                $bad.ErrorCodeImport = 'ImportErrorCustomContinueRun'
                $bad.ErrorName = 'BadRow'
                $bad.ErrorDetail = 'row 43 has no name'
                $list.Add($bad)
                $r = New-Object Microsoft.MetadirectoryServices.GetImportEntriesResults
                $r.CSEntries = $list
                $r
                """);
        ScriptRuntime runtime = t.runtime();
        ImportPage page;
        try (ImportSession s = runtime.openImportSession(new OpenImportRunStep(ImportType.Delta, 10, "w", null), SCHEMA)) {
            page = s.nextPage();
        }
        CSEntryChange c = page.entries().get(0);
        assertEquals(ObjectModificationType.Update, c.objectModificationType());
        assertEquals("CN=42,OBJECT=USER", c.dn());
        assertEquals(List.of(new AnchorAttribute("EmployeeId", "42")), c.anchorAttributes());
        assertEquals(AttributeChange.replace("level", 7L), c.attribute("level").orElseThrow());
        assertEquals(AttributeChange.replace("isActive", false), c.attribute("isActive").orElseThrow());
        assertEquals(AttributeChange.add("photo", Base64.getEncoder().encodeToString(new byte[]{1, 2, 3})), c.attribute("photo").orElseThrow());
        assertEquals(AttributeChange.update("groups", List.of(ValueChange.delete("CN=old"), ValueChange.add("CN=new"))),
                c.attribute("groups").orElseThrow());
        assertEquals(AttributeModificationType.Delete, c.attribute("title").orElseThrow().modificationType());
        assertEquals(1, page.errors().size());
        assertEquals(MAImportError.ImportErrorCustomContinueRun, page.errors().get(0).code());
        assertEquals("row 43 has no name", page.errors().get(0).errorDetail());
        assertEquals("User", page.errors().get(0).objectType());
        assertEquals("CN=43,OBJECT=USER", page.errors().get(0).dn());
        assertEquals(List.of(new AnchorAttribute("EmployeeId", "43")), page.errors().get(0).anchorAttributes());
        assertEquals("43", page.errors().get(0).anchor("EmployeeId"));
    }

    @Test
    void exportedValuesReachTheScriptWithTheirTypes() {
        TestRuntimes t = new TestRuntimes(temp, runtimeKind());
        SampleConnectors.writeScript(t.connector, "BeginExport.ps1", "param($OpenExportConnectionRunStep)\n");
        SampleConnectors.writeScript(t.connector, "EndExport.ps1", "param($CloseExportConnectionRunStep)\n");
        SampleConnectors.writeScript(t.connector, "Export.ps1", """
                param($CSEntries, $OpenExportConnectionRunStep, $Types)
                $results = New-Object Microsoft.MetadirectoryServices.PutExportEntriesResults
                foreach ($entry in $CSEntries) {
                    $seen = @()
                    foreach ($name in $entry.ChangedAttributeNames) {
                        $change = $entry.AttributeChanges[$name]
                        $values = @($change.ValueChanges | ForEach-Object { "$($_.ModificationType):$($_.Value.GetType().Name)" })
                        $seen += "$name/$($change.ModificationType)/$($change.DataType)/$($values -join ',')"
                    }
                    $detail = "$($OpenExportConnectionRunStep.ExportType)|$($entry.ObjectModificationType)|$($entry.AnchorAttributes['EmployeeId'].Value)|" + ($seen -join ';')
                    $results.CSEntryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $null, 'ExportErrorCustomContinueRun', 'Seen', $detail))
                }
                $results
                """);
        CSEntryChange change = new CSEntryChange(UUID.randomUUID(), "User", "CN=42", ObjectModificationType.Update,
                List.of(new AnchorAttribute("EmployeeId", "42")),
                List.of(AttributeChange.replace("level", 7L), AttributeChange.replace("isActive", true),
                        AttributeChange.add("photo", Base64.getEncoder().encodeToString(new byte[]{1})),
                        AttributeChange.update("groups", List.of(ValueChange.delete("CN=old"), ValueChange.add("CN=new")))));
        List<CSEntryChangeResult> results;
        ScriptRuntime runtime = t.runtime();
        try (ExportSession s = runtime.openExportSession(new OpenExportRunStep(ExportType.AttributeUpdate, 10, null), SCHEMA)) {
            results = s.export(List.of(change));
            s.close(CloseReason.Normal);
        }
        assertEquals("AttributeUpdate|Update|42|level/Replace/Integer/Add:Int64;isActive/Replace/Boolean/Add:Boolean;"
                + "photo/Add/Binary/Add:Byte[];groups/Update/Reference/Delete:String,Add:String", results.get(0).errorDetail());
    }
}
