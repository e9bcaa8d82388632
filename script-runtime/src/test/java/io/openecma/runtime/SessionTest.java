package io.openecma.runtime;

import io.openecma.schemas.ecma.AnchorAttribute;
import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.CSEntryChangeResult;
import io.openecma.schemas.ecma.CloseReason;
import io.openecma.schemas.ecma.ExportType;
import io.openecma.schemas.ecma.ImportType;
import io.openecma.schemas.ecma.MAExportError;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.ecma.OpenExportRunStep;
import io.openecma.schemas.ecma.OpenImportRunStep;
import io.openecma.schemas.ecma.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Import and export sessions with small scripts of our own: one runspace per run, results round-trip. */
class SessionTest {

    /** The runtime the tests run on (subclasses run them on the pwsh runtime). */
    TestRuntimes.Runtime runtimeKind() {
        return TestRuntimes.Runtime.EMBEDDED;
    }


    @TempDir
    Path temp;

    private TestRuntimes t;

    static final String IMPORT_PARAMS = """
            param($ConfigParameters, $Credential, $GetImportEntriesRunStep, $OpenImportConnectionRunStep, $Types)
            """;

    @BeforeEach
    void setUp() {
        t = new TestRuntimes(temp, runtimeKind());
        SampleConnectors.writeScript(t.connector, "BeginImport.ps1", """
                param($ConfigParameters, $Credential, $OpenImportConnectionRunStep, $Types)
                $Global:pagesServed = 0
                $Global:runId = [guid]::NewGuid().ToString()
                $r = New-Object Microsoft.MetadirectoryServices.OpenImportConnectionResults
                $r.CustomData = 'from-begin'
                $r
                """);
        SampleConnectors.writeScript(t.connector, "Import.ps1", IMPORT_PARAMS + """
                $Global:pagesServed++
                $list = New-Object 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.CSEntryChange]'
                for ($i = 0; $i -lt $OpenImportConnectionRunStep.PageSize; $i++) {
                    $c = [Microsoft.MetadirectoryServices.CSEntryChange]::Create()
                    $c.ObjectType = $Types.Types[0].Name
                    $c.ObjectModificationType = 'Add'
                    $id = "$($Global:pagesServed)-$i"
                    $c.DN = "CN=$id,OBJECT=USER"
                    $c.AnchorAttributes.Add([Microsoft.MetadirectoryServices.AnchorAttribute]::Create('EmployeeId', $id))
                    $c.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd('userName', "$($GetImportEntriesRunStep.CustomData)"))
                    $c.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd('isActive', $true))
                    $list.Add($c)
                }
                $r = New-Object Microsoft.MetadirectoryServices.GetImportEntriesResults
                $r.CSEntries = $list
                $r.MoreToImport = $Global:pagesServed -lt 3
                $r.CustomData = "page-$($Global:pagesServed)-of-$($Global:runId)"
                $r
                """);
        SampleConnectors.writeScript(t.connector, "EndImport.ps1", """
                param($ConfigParameters, $Credential, $OpenImportConnectionRunStep, $CloseImportConnectionRunStep)
                $r = New-Object Microsoft.MetadirectoryServices.CloseImportConnectionResults
                $r.CustomData = "end-after-$($Global:pagesServed)-$($CloseImportConnectionRunStep.Reason)"
                $r
                """);
        SampleConnectors.writeScript(t.connector, "BeginExport.ps1", """
                param($ConfigParameters, $Credential, $OpenExportConnectionRunStep, $Types)
                $Global:exported = 0
                """);
        SampleConnectors.writeScript(t.connector, "Export.ps1", """
                param($ConfigParameters, $Credential, $CSEntries, $OpenExportConnectionRunStep, $Types)
                $results = New-Object Microsoft.MetadirectoryServices.PutExportEntriesResults
                foreach ($entry in $CSEntries) {
                    $Global:exported++
                    if ($entry.ObjectModificationType -eq 'Delete') {
                        $results.CSEntryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $null, 'ExportErrorConnectedDirectoryMissingObject', 'Gone', "no $($entry.AnchorAttributes[0].Value) after $($Global:exported)"))
                    } elseif ($entry.ObjectModificationType -eq 'Add') {
                        $anchor = [Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd('EmployeeId', 'gen-' + $entry.AttributeChanges['userName'].ValueChanges[0].Value)
                        $results.CSEntryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, @($anchor), 'Success'))
                    }
                }
                $results
                """);
        SampleConnectors.writeScript(t.connector, "EndExport.ps1", """
                param($ConfigParameters, $Credential, $OpenExportConnectionRunStep, $CloseExportConnectionRunStep)
                Write-Warning "exported $($Global:exported) ($($CloseExportConnectionRunStep.Reason))"
                """);
    }

    @Test
    void anImportRunKeepsItsRunspaceFromBeginToEnd() {
        ScriptRuntime runtime = t.runtime();
        Schema schema = runtime.schema();
        List<ImportPage> pages = new ArrayList<>();
        String watermark;
        try (ImportSession session = runtime.openImportSession(new OpenImportRunStep(ImportType.Full, 2, null, null), schema)) {
            while (session.hasMorePages()) {
                pages.add(session.nextPage());
            }
            watermark = session.close(CloseReason.Normal);
        }
        assertEquals(3, pages.size());
        assertEquals(List.of("from-begin"), pages.get(0).entries().get(0).attribute("userName").orElseThrow().addedValues());
        String runId = pages.get(0).customData().substring("page-1-of-".length());
        assertEquals(List.of("page-1-of-" + runId), pages.get(1).entries().get(0).attribute("userName").orElseThrow().addedValues());
        assertEquals("page-3-of-" + runId, pages.get(2).customData());
        assertEquals("end-after-3-Normal", watermark);
        CSEntryChange first = pages.get(0).entries().get(0);
        assertEquals("User", first.objectType());
        assertEquals("CN=1-0,OBJECT=USER", first.dn());
        assertEquals("1-0", first.anchor("EmployeeId").orElseThrow().value());
        assertEquals(List.of(true), first.attribute("isActive").orElseThrow().addedValues());
    }

    @Test
    void twoImportRunsShareNothing() {
        ScriptRuntime runtime = t.runtime();
        Schema schema = runtime.schema();
        ImportSession a = runtime.openImportSession(new OpenImportRunStep(ImportType.Full, 1, null, null), schema);
        ImportSession b = runtime.openImportSession(new OpenImportRunStep(ImportType.Full, 1, null, null), schema);
        a.nextPage();
        a.nextPage();
        assertTrue(b.nextPage().customData().startsWith("page-1-of-"));
        a.close();
        b.close();
    }

    @Test
    void anExportRunKeepsStateAcrossBatchesAndReturnsEveryResult() {
        ScriptRuntime runtime = t.runtime();
        Schema schema = runtime.schema();
        CSEntryChange add = new CSEntryChange(UUID.randomUUID(), "User", null, ObjectModificationType.Add, List.of(),
                List.of(AttributeChange.add("userName", "ann")));
        CSEntryChange update = new CSEntryChange(UUID.randomUUID(), "User", "CN=2", ObjectModificationType.Update,
                List.of(new AnchorAttribute("EmployeeId", "2")), List.of(AttributeChange.replace("title", "x")));
        CSEntryChange delete = new CSEntryChange(UUID.randomUUID(), "User", "CN=3", ObjectModificationType.Delete,
                List.of(new AnchorAttribute("EmployeeId", "3")), List.of());
        List<CSEntryChangeResult> first;
        List<CSEntryChangeResult> second;
        try (ExportSession session = runtime.openExportSession(new OpenExportRunStep(ExportType.AttributeReplace, 2, null), schema)) {
            first = session.export(List.of(add, update));
            second = session.export(List.of(delete));
        }
        assertEquals(MAExportError.Success, first.get(0).errorCode());
        assertEquals(List.of("gen-ann"), first.get(0).attributeChanges().get(0).addedValues());
        assertEquals(update.identifier(), first.get(1).identifier());
        assertEquals(MAExportError.Success, first.get(1).errorCode(), "no result from the script means success");
        assertEquals(MAExportError.ExportErrorConnectedDirectoryMissingObject, second.get(0).errorCode());
        assertEquals("no 3 after 3", second.get(0).errorDetail());
        assertTrue(t.streams.contains("EndExport.ps1 warning: exported 3 (Normal)"), t.streams.toString());
    }

    @Test
    void aFailedBatchDiscardsTheRunspace() {
        SampleConnectors.writeScript(t.connector, "Export.ps1", """
                param($ConfigParameters, $Credential, $CSEntries, $OpenExportConnectionRunStep, $Types)
                'not a result'
                """);
        ScriptRuntime runtime = t.runtime();
        Schema schema = runtime.schema();
        ExportSession session = runtime.openExportSession(new OpenExportRunStep(ExportType.AttributeReplace, 2, null), schema);
        CSEntryChange delete = new CSEntryChange(UUID.randomUUID(), "User", "CN=3", ObjectModificationType.Delete,
                List.of(new AnchorAttribute("EmployeeId", "3")), List.of());
        ScriptFailedException e = assertThrows(ScriptFailedException.class, () -> session.export(List.of(delete)));
        assertEquals("Export Script (Export.ps1): must return one Microsoft.MetadirectoryServices.PutExportEntriesResults, "
                + "but returned a string (\"not a result\").", e.getMessage());
        assertThrows(IllegalStateException.class, () -> session.export(List.of(delete)));
    }

    @Test
    void aResultForAnEntryNotInTheBatchIsAnError() {
        SampleConnectors.writeScript(t.connector, "Export.ps1", """
                param($ConfigParameters, $Credential, $CSEntries, $OpenExportConnectionRunStep, $Types)
                $results = New-Object Microsoft.MetadirectoryServices.PutExportEntriesResults
                $results.CSEntryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create([guid]::NewGuid(), $null, 'Success'))
                $results
                """);
        ScriptRuntime runtime = t.runtime();
        ExportSession session = runtime.openExportSession(new OpenExportRunStep(ExportType.AttributeReplace, 2, null), runtime.schema());
        CSEntryChange delete = new CSEntryChange(UUID.randomUUID(), "User", "CN=3", ObjectModificationType.Delete,
                List.of(new AnchorAttribute("EmployeeId", "3")), List.of());
        ScriptFailedException e = assertThrows(ScriptFailedException.class, () -> session.export(List.of(delete)));
        assertTrue(e.getMessage().contains("which is not in the batch"), e.getMessage());
    }
}
