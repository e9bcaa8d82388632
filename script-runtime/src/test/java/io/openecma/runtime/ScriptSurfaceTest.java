package io.openecma.runtime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.openecma.runtime.TestRuntimes.COMMON_PARAMS;
import static io.openecma.runtime.TestRuntimes.schemaScriptReturningName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Small Schema scripts probing one rule each of the ECMA2 surface; each reports what it saw as the
 * name of the schema type it returns.
 */
class ScriptSurfaceTest {

    /** The runtime the tests run on (subclasses run them on the pwsh runtime). */
    TestRuntimes.Runtime runtimeKind() {
        return TestRuntimes.Runtime.EMBEDDED;
    }


    @TempDir
    Path temp;

    private TestRuntimes t;

    @BeforeEach
    void setUp() {
        t = new TestRuntimes(temp, runtimeKind());
    }

    private String typeNameFrom(String params, String body) {
        SampleConnectors.writeScript(t.connector, "Schema.ps1", schemaScriptReturningName(params, body));
        return t.runtime().schema().types().get(0).name();
    }

    @Test
    void typedCatchOfEcma2Exceptions() {
        assertEquals("caught:down", typeNameFrom(COMMON_PARAMS, """
                try { throw (New-Object Microsoft.MetadirectoryServices.ServerDownException 'down') }
                catch [Microsoft.MetadirectoryServices.PasswordExtensionException] { $name = 'wrong' }
                catch [Microsoft.MetadirectoryServices.ServerDownException] { $name = 'caught:' + $_.Exception.Message }
                """));
    }

    @Test
    void ecma2ExceptionsAreApplicationExceptionsAsInDotNet() {
        assertEquals("app:down", typeNameFrom(COMMON_PARAMS, """
                try { throw (New-Object Microsoft.MetadirectoryServices.ServerDownException 'down') }
                catch [System.InvalidOperationException] { $name = 'wrong' }
                catch [System.ApplicationException] { $name = 'app:' + $_.Exception.Message }
                """));
    }

    @Test
    void namespaceInAnyCaseAndGenericListsOfRegisteredTypes() {
        assertEquals("2", typeNameFrom(COMMON_PARAMS, """
                $l = New-Object 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.CSEntryChange]'
                $l.Add([microsoft.metadirectoryservices.csentrychange]::Create())
                $l.Add([Microsoft.MetaDirectoryServices.CSEntryChange]::Create())
                $name = $l.Count
                """));
    }

    @Test
    void listsTheHostCreatesAreListsOfTheirElementType() {
        assertEquals("List`1|True|False|True", typeNameFrom(COMMON_PARAMS, """
                $results = (New-Object Microsoft.MetadirectoryServices.PutExportEntriesResults).CSEntryChangeResults
                $dn = ([Microsoft.MetadirectoryServices.SchemaType]::Create('User', $true)).PossibleDNComponentsForProvisioning
                $name = $results.GetType().Name + '|' `
                    + ($results -is [System.Collections.Generic.List[Microsoft.MetadirectoryServices.CSEntryChangeResult]]) + '|' `
                    + ($results -is [System.Collections.Generic.List[string]]) + '|' `
                    + ($dn -is [System.Collections.Generic.List[string]])
                """));
    }

    @Test
    void keyedCollectionsByNameAndPosition() {
        assertEquals("users.csv|CsvFile_Global|True", typeNameFrom(COMMON_PARAMS, """
                $name = $ConfigParameters['CsvFile_Global'].Value + '|' + $ConfigParameters[0].Name + '|' + $ConfigParameters.Contains('csvfile_global')
                """));
    }

    @Test
    void aPositionOrKeyThatIsNotThereIndexesToNullUnlessStrictModeThree() {
        // Windows PowerShell turns an indexer's exception into $null (Set-PSDebug -Strict is no
        // excuse); only Set-StrictMode -Version 3 and later let it through.
        assertEquals("null|null", typeNameFrom(COMMON_PARAMS, """
                Set-PSDebug -Strict
                $c = [Microsoft.MetadirectoryServices.CSEntryChange]::Create()
                $a = $c.AnchorAttributes[0]
                $p = $ConfigParameters['NoSuchParameter']
                $name = $(if ($null -eq $a) { 'null' } else { 'set' }) + '|' + $(if ($null -eq $p) { 'null' } else { 'set' })
                """));
        assertEquals("error", typeNameFrom(COMMON_PARAMS, """
                Set-StrictMode -Version 3
                $c = [Microsoft.MetadirectoryServices.CSEntryChange]::Create()
                try { $a = $c.AnchorAttributes[0]; $name = 'no error' } catch { $name = 'error' }
                """));
    }

    @Test
    void stringsBindToEnums() {
        assertEquals("Boolean/ImportOnly/Update", typeNameFrom(COMMON_PARAMS, """
                $a = [Microsoft.MetadirectoryServices.SchemaAttribute]::CreateSingleValuedAttribute('x', 'Boolean', 'ImportOnly')
                $c = [Microsoft.MetadirectoryServices.CSEntryChange]::Create()
                $c.ObjectModificationType = 'Update'
                $name = "$($a.DataType)/$($a.AllowedAttributeOperation)/$($c.ObjectModificationType)"
                """));
    }

    @Test
    void maFolderAndTempPointIntoTheConnectorFolders() {
        String seen = typeNameFrom(COMMON_PARAMS, """
                $name = [Microsoft.MetadirectoryServices.MAUtils]::MAFolder + '|' + $env:TEMP + '|' + $env:TMP
                """);
        assertEquals(t.folders.dataDir() + "|" + t.folders.tempDir() + "|" + t.folders.tempDir(), seen);
    }

    @Test
    void windirIsWindowsAndItsTempIsTheConnectorTempFolder() {
        // Microsoft's Schema script template defaults $ScriptDir to (Join-Path $env:windir 'TEMP').
        // Only the embedded engine has the path mapper that leads C:\Windows to the temp folder.
        assumeTrue(runtimeKind() == TestRuntimes.Runtime.EMBEDDED, "the pwsh runtime has no Windows path mapper");
        String seen = typeNameFrom(COMMON_PARAMS, """
                $name = $env:windir + '|' + $env:SystemRoot + '|' + (Test-Path (Join-Path $env:windir 'TEMP') -PathType Container)
                """);
        assertEquals("C:\\Windows|C:\\Windows|True", seen);
    }

    @Test
    void theMachineTempIsTheConnectorTempFolder() {
        assertEquals(t.folders.tempDir().toString(), typeNameFrom(COMMON_PARAMS,
                "$name = [Environment]::GetEnvironmentVariable('Temp', 'Machine')"));
    }

    @Test
    void theCommonModuleImportsFromMAFolderAndTemp() {
        SampleConnectors.writeScript(t.connector, "CsvConnectorCommon.psm1",
                "function Get-Answer { 'from-module' }\nExport-ModuleMember -Function Get-Answer\n");
        assertEquals("from-module|True", typeNameFrom(COMMON_PARAMS, """
                Import-Module (Join-Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) $ConfigParameters['Common Module Script Name (with extension)'].Value)
                $name = (Get-Answer) + '|' + (Test-Path (Join-Path $env:TEMP 'CsvConnectorCommon.psm1'))
                """));
    }

    @Test
    void credentialBoundByTheNameTheScriptDeclares() {
        SampleConnectors.appendYaml(t.connector, "credential:\n  user: svc\n  password: \""
                + SampleConnectors.SECRETS.encryptValue("pw-1") + "\"\n");
        assertEquals("svc:pw-1", typeNameFrom("$ConfigParameters, [pscredential]$PSCredential",
                "$name = $PSCredential.UserName + ':' + $PSCredential.GetNetworkCredential().Password"));
        assertEquals("svc", typeNameFrom("$ConfigParameters, $Credential", "$name = $Credential.UserName"));
    }

    @Test
    void aScriptWithoutParamBlockSeesTheParametersAsVariables() {
        SampleConnectors.writeScript(t.connector, "Schema.ps1", schemaScriptReturningName("", "")
                .replace("param(\n\n)\n", "$name = $ConfigParameters['CsvFile_Global'].Value\n"));
        assertEquals("users.csv", t.runtime().schema().types().get(0).name());
    }

    @Test
    void windowsPathsMapIntoTheConnectorFolders() throws Exception {
        typeNameFrom(COMMON_PARAMS, """
                Set-Content -Path 'C:\\Program Files\\Microsoft ECMA2Host\\Service\\ECMA\\MAData\\csv\\note.txt' -Value 'hello'
                Add-Content -Path 'C:\\ImportScript.log' -Value 'log line'
                $name = 'ok'
                """);
        assertEquals("hello", Files.readString(t.folders.dataDir().resolve("note.txt")).trim());
        assertEquals("log line", Files.readString(t.folders.drivesDir().resolve("c/ImportScript.log")).trim());
    }

    @Test
    void nothingOutsideTheConnectorFoldersIsReachable() {
        ScriptFailedException e = assertThrows(ScriptFailedException.class, () -> typeNameFrom(COMMON_PARAMS,
                "$name = Get-Content -Path '/etc/hostname' -ErrorAction Stop"));
        assertTrue(e.getMessage().contains("denied"), e.getMessage());
    }

    @Test
    void aScriptErrorSurfacesWithMessageScriptAndLine() {
        SampleConnectors.writeScript(t.connector, "Schema.ps1", "param($ConfigParameters)\n$x = 1\nthrow 'no schema today'\n");
        ScriptFailedException e = assertThrows(ScriptFailedException.class, () -> t.runtime().schema());
        assertEquals("Schema.ps1", e.scriptName());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("Schema Script (Schema.ps1:3:"), e.getMessage());
        assertTrue(e.getMessage().endsWith("no schema today"), e.getMessage());
    }

    @Test
    void anUncaughtServerDownExceptionIsATransientFailureWithItsMessage() {
        SampleConnectors.writeScript(t.connector, "Schema.ps1", "param($ConfigParameters)\n"
                + "throw (New-Object -TypeName Microsoft.MetadirectoryServices.ServerDownException -ArgumentList 'target is down')\n");
        ScriptFailedException e = assertThrows(ScriptFailedException.class, () -> t.runtime().schema());
        assertEquals("Microsoft.MetadirectoryServices.ServerDownException", e.exceptionType());
        assertTrue(e.isTransient());
        assertEquals("Schema Script (Schema.ps1:2:1): target is down", e.getMessage());
    }

    @Test
    void aWrongReturnTypeNamesTheScript() {
        SampleConnectors.writeScript(t.connector, "Schema.ps1", "param($ConfigParameters)\n'hello'\n");
        ScriptFailedException e = assertThrows(ScriptFailedException.class, () -> t.runtime().schema());
        assertEquals("Schema Script (Schema.ps1): must return one Microsoft.MetadirectoryServices.Schema, "
                + "but returned a string (\"hello\").", e.getMessage());
    }
}
