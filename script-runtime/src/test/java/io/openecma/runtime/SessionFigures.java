package io.openecma.runtime;

import io.openecma.schemas.ecma.AnchorAttribute;
import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.ExportType;
import io.openecma.schemas.ecma.ImportType;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.ecma.OpenExportRunStep;
import io.openecma.schemas.ecma.OpenImportRunStep;
import io.openecma.schemas.ecma.Schema;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Figures, not assertions: time per Import page of 5,000 entries and per Export batch of 100 on
 * the embedded engine, with connector-shaped scripts (Create, properties, anchors, attribute
 * changes, results), and of a one-shot Schema call. Run with {@code -Dtest=SessionFigures -Dfigures=true};
 * skipped otherwise. {@link PwshSessionFigures} measures the same on the pwsh runtime's stand-in process.
 */
class SessionFigures {

    TestRuntimes.Runtime runtimeKind() {
        return TestRuntimes.Runtime.EMBEDDED;
    }

    @TempDir
    Path temp;

    @Test
    void importPageAndExportBatch() {
        Assumptions.assumeTrue(Boolean.getBoolean("figures"), "figures are measured only with -Dfigures=true");
        TestRuntimes t = new TestRuntimes(temp, runtimeKind());
        SampleConnectors.writeScript(t.connector, "BeginImport.ps1", "param($OpenImportConnectionRunStep)\n"
                + "New-Object Microsoft.MetadirectoryServices.OpenImportConnectionResults\n");
        SampleConnectors.writeScript(t.connector, "EndImport.ps1", "param($CloseImportConnectionRunStep)\n"
                + "New-Object Microsoft.MetadirectoryServices.CloseImportConnectionResults\n");
        SampleConnectors.writeScript(t.connector, "Import.ps1", """
                param($ConfigParameters, $GetImportEntriesRunStep, $OpenImportConnectionRunStep, $Types)
                $list = New-Object 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.CSEntryChange]'
                for ($i = 0; $i -lt $OpenImportConnectionRunStep.PageSize; $i++) {
                    $c = [Microsoft.MetadirectoryServices.CSEntryChange]::Create()
                    $c.ObjectType = 'User'
                    $c.ObjectModificationType = 'Add'
                    $c.DN = "CN=$i,OBJECT=USER"
                    $c.AnchorAttributes.Add([Microsoft.MetadirectoryServices.AnchorAttribute]::Create('EmployeeId', "$i"))
                    $c.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd('userName', "user$i"))
                    $c.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd('email', "user$i@example.com"))
                    $c.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd('isActive', $true))
                    $list.Add($c)
                }
                $r = New-Object Microsoft.MetadirectoryServices.GetImportEntriesResults
                $r.CSEntries = $list
                $r.MoreToImport = $false
                $r
                """);
        SampleConnectors.writeScript(t.connector, "BeginExport.ps1", "param($OpenExportConnectionRunStep)\n");
        SampleConnectors.writeScript(t.connector, "EndExport.ps1", "param($CloseExportConnectionRunStep)\n");
        SampleConnectors.writeScript(t.connector, "Export.ps1", """
                param($ConfigParameters, $CSEntries, $OpenExportConnectionRunStep, $Types)
                $results = New-Object Microsoft.MetadirectoryServices.PutExportEntriesResults
                foreach ($entry in $CSEntries) {
                    $id = $entry.AnchorAttributes[0].Value
                    $body = @{}
                    foreach ($name in $entry.ChangedAttributeNames) {
                        $body[$name] = $entry.AttributeChanges[$name].ValueChanges[0].Value
                    }
                    $results.CSEntryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $null, 'Success'))
                }
                $results
                """);
        ScriptRuntime runtime = t.runtime();
        Schema schema = runtime.schema();
        long[] schemaMs = new long[7];
        for (int run = 0; run < schemaMs.length; run++) {
            long start = System.nanoTime();
            runtime.schema();
            schemaMs[run] = (System.nanoTime() - start) / 1_000_000;
        }

        long[] importMs = new long[7];
        for (int run = 0; run < importMs.length; run++) {
            long start = System.nanoTime();
            try (ImportSession s = runtime.openImportSession(new OpenImportRunStep(ImportType.Full, 5000, null, null), schema)) {
                if (s.nextPage().entries().size() != 5000) {
                    throw new IllegalStateException("page size");
                }
            }
            importMs[run] = (System.nanoTime() - start) / 1_000_000;
        }

        List<CSEntryChange> batch = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            batch.add(new CSEntryChange(UUID.randomUUID(), "User", "CN=" + i, ObjectModificationType.Replace,
                    List.of(new AnchorAttribute("EmployeeId", String.valueOf(i))),
                    List.of(AttributeChange.replace("userName", "u" + i), AttributeChange.replace("email", "u" + i + "@x"),
                            AttributeChange.replace("isActive", true))));
        }
        long[] exportMs = new long[20];
        try (ExportSession s = runtime.openExportSession(new OpenExportRunStep(ExportType.AttributeReplace, 100, null), schema)) {
            for (int run = 0; run < exportMs.length; run++) {
                long start = System.nanoTime();
                s.export(batch);
                exportMs[run] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        String on = " [" + runtimeKind() + "]";
        System.out.println("FIGURES one-shot Schema call (ms, runs 1..7): " + Arrays.toString(schemaMs)
                + " median of last 5: " + median(Arrays.copyOfRange(schemaMs, 2, 7)) + on);
        System.out.println("FIGURES import page of 5000 (ms, incl. Begin/End, runs 1..7): " + Arrays.toString(importMs)
                + " median of last 5: " + median(Arrays.copyOfRange(importMs, 2, 7)) + on);
        System.out.println("FIGURES export batch of 100 (ms, one session, runs 1..20): " + Arrays.toString(exportMs)
                + " median of last 15: " + median(Arrays.copyOfRange(exportMs, 5, 20)) + on);
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
