package io.openecma.runtime;

import io.openecma.schemas.ecma.AnchorAttribute;
import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.CSEntryChangeResult;
import io.openecma.schemas.ecma.ExportType;
import io.openecma.schemas.ecma.MAExportError;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.ecma.OpenExportRunStep;
import io.openecma.schemas.ecma.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An Export script written here in the style of the public Entra-to-Okta walkthrough: $Schema and
 * $PSCredential instead of $Types and $Credential, no strict mode, lookups of absent anchor keys,
 * member enumeration over the schema, and the results built through [Activator]::CreateInstance.
 */
class WalkthroughStyleTest {

    /** The runtime the tests run on (subclasses run them on the pwsh runtime). */
    TestRuntimes.Runtime runtimeKind() {
        return TestRuntimes.Runtime.EMBEDDED;
    }


    @TempDir
    Path temp;

    @Test
    void anOktaStyleExportRuns() {
        TestRuntimes t = new TestRuntimes(temp, runtimeKind());
        SampleConnectors.appendYaml(t.connector, "credential:\n  user: okta\n  password: \""
                + SampleConnectors.SECRETS.encryptValue("ssws-token") + "\"\n");
        SampleConnectors.writeScript(t.connector, "BeginExport.ps1", "param($OpenExportConnectionRunStep)\n");
        SampleConnectors.writeScript(t.connector, "EndExport.ps1", "param($CloseExportConnectionRunStep)\n");
        SampleConnectors.writeScript(t.connector, "Export.ps1", """
                param(
                  [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
                  $ConfigParameters,
                  [Microsoft.MetadirectoryServices.Schema]
                  $Schema,
                  [Microsoft.MetadirectoryServices.OpenExportConnectionRunStep]
                  $OpenExportConnectionRunStep,
                  [System.Collections.Generic.IList[Microsoft.MetaDirectoryServices.CSEntryChange]]
                  $CSEntries,
                  [pscredential]
                  $PSCredential
                )
                function Get-Token([System.Management.Automation.PSCredential]$Credentials) {
                  return $Credentials.GetNetworkCredential().Password
                }
                $token = Get-Token -Credentials $PSCredential
                $columns = @()
                foreach ($attribute in $Schema.Types[0].Attributes) { $columns += $attribute.Name }
                $resultsList = New-Object "System.Collections.Generic.List[Microsoft.MetadirectoryServices.CSEntryChangeResult]"
                foreach ($entry in $CSEntries) {
                  $seen = @()
                  foreach ($column in $columns) {
                    if (($entry.AttributeChanges.Contains($column)) -eq $false -and ($entry.AnchorAttributes.Contains($column) -eq $false)) { continue }
                    if ($entry.AnchorAttributes[$column].Value) { $seen += "anchor:" + $entry.AnchorAttributes[$column].Value.ToString() }
                    elseif ($entry.AttributeChanges[$column].ValueChanges[0].Value) { $seen += "$column=" + (($entry.AttributeChanges[$column].ValueChanges | Select-Object -Expand Value) -join ";") }
                  }
                  $code = 'Success'
                  if ($token -ne 'ssws-token') { $code = 'ExportErrorCustomStopRun' }
                  $resultsList.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $null, $code, 'Seen', ($seen -join '|')))
                }
                $closedType = [type]"Microsoft.MetadirectoryServices.PutExportEntriesResults"
                return [Activator]::CreateInstance($closedType, $resultsList)
                """);
        ScriptRuntime runtime = t.runtime();
        Schema schema = runtime.schema();
        CSEntryChange replace = new CSEntryChange(UUID.randomUUID(), "User", "CN=1001", ObjectModificationType.Replace,
                List.of(new AnchorAttribute("EmployeeId", "1001")),
                List.of(AttributeChange.replace("firstName", "Ada"), AttributeChange.replace("email", "ada@x")));
        List<CSEntryChangeResult> results;
        try (ExportSession s = runtime.openExportSession(new OpenExportRunStep(ExportType.ObjectReplace, 10, null), schema)) {
            results = s.export(List.of(replace));
        }
        assertEquals(MAExportError.Success, results.get(0).errorCode());
        assertEquals("anchor:1001|firstName=Ada|email=ada@x", results.get(0).errorDetail());
    }
}
