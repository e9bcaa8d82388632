package io.openecma.runtime;

import io.openecma.runtime.ecma2.ConfigParameterPage;
import io.openecma.schemas.ecma.PasswordOperationType;
import io.openecma.schemas.ecma.PasswordOption;
import io.openecma.schemas.events.PasswordErrorKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Validation, Partition, Hierarchy and Password scripts of our own: parameters in, results out. */
class ScriptKindsTest {

    /** The runtime the tests run on (subclasses run them on the pwsh runtime). */
    TestRuntimes.Runtime runtimeKind() {
        return TestRuntimes.Runtime.EMBEDDED;
    }


    @TempDir
    Path temp;

    private TestRuntimes t;

    @BeforeEach
    void setUp() throws Exception {
        t = new TestRuntimes(temp, runtimeKind());
        Path yaml = t.connector.resolve("connector.yaml");
        String text = Files.readString(yaml)
                .replace("  Password: Password.ps1\n", "  Password: Password.ps1\n  Partition: Partition.ps1\n  Hierarchy: Hierarchy.ps1\n")
                .replace("parameters:\n", "parameters:\n  - name: Region\n    scope: Partition\n    value: emea\n"
                        + "  - name: Batch\n    scope: RunStep\n    value: nightly\n  - name: Server\n    scope: Connectivity\n    value: hr.example\n");
        Files.writeString(yaml, text);
        SampleConnectors.writeScript(t.connector, "Partition.ps1", "param($ConfigParameters)\n");
        SampleConnectors.writeScript(t.connector, "Hierarchy.ps1", "param($ConfigParameters)\n");
    }

    @Test
    void validationGetsThePageAndEveryScopeSuffix() {
        SampleConnectors.writeScript(t.connector, "Validation.ps1", """
                param($ConfigParameterPage, $ConfigParameters, $Credential)
                $seen = "$ConfigParameterPage|" + $ConfigParameters['Region_Partition'].Value + '|' + $ConfigParameters['Batch_RunStep'].Value + '|' + $ConfigParameters['Server'].Value
                New-Object Microsoft.MetadirectoryServices.ParameterValidationResult('Failure', $seen, 'Region_Partition')
                """);
        ValidationResult r = t.runtime().validate(ConfigParameterPage.Partition);
        assertFalse(r.success());
        assertEquals("Partition|emea|nightly|hr.example", r.errorMessage());
        assertEquals("Region_Partition", r.errorParameter());
    }

    @Test
    void partitionScriptMayReturnAListOfPartitions() {
        SampleConnectors.writeScript(t.connector, "Partition.ps1", """
                param($ConfigParameters, $Credential)
                $list = New-Object 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.Partition]'
                $list.Add([Microsoft.MetadirectoryServices.Partition]::Create([guid]'11111111-1111-1111-1111-111111111111', 'OU=EMEA', 'emea'))
                $list.Add([Microsoft.MetadirectoryServices.Partition]::Create([guid]::NewGuid(), 'OU=APAC', 'apac'))
                ,$list
                """);
        List<ScriptRuntime.PartitionInfo> partitions = t.runtime().partitions();
        assertEquals(List.of("emea", "apac"), partitions.stream().map(ScriptRuntime.PartitionInfo::name).toList());
        assertEquals(UUID.fromString("11111111-1111-1111-1111-111111111111"), partitions.get(0).identifier());
        assertEquals("OU=EMEA", partitions.get(0).dn());
    }

    @Test
    void hierarchyScriptGetsItsParentNode() {
        SampleConnectors.writeScript(t.connector, "Hierarchy.ps1", """
                param($ConfigParameters, $Credential, $ParentNode)
                [Microsoft.MetadirectoryServices.HierarchyNode]::Create("OU=Staff,$($ParentNode.DN)", 'Staff')
                [Microsoft.MetadirectoryServices.HierarchyNode]::Create("OU=Guests,$($ParentNode.DN)", 'Guests')
                """);
        List<ScriptRuntime.HierarchyNodeInfo> nodes = t.runtime().hierarchy(new ScriptRuntime.HierarchyNodeInfo("DC=corp", "corp"));
        assertEquals(List.of(new ScriptRuntime.HierarchyNodeInfo("OU=Staff,DC=corp", "Staff"),
                new ScriptRuntime.HierarchyNodeInfo("OU=Guests,DC=corp", "Guests")), nodes);
    }

    @Test
    void passwordScriptGetsTheObjectTheOperationAndThePasswords() {
        SampleConnectors.writeScript(t.connector, "Password.ps1", """
                param($ConfigParameters, $Credential, $Partition, $CSEntry, $OperationType, $PasswordOptions, $OldPassword, $NewPassword)
                $line = "$($CSEntry['EmployeeId'].Value)|$($CSEntry.DN)|$OperationType|$PasswordOptions|$OldPassword|$NewPassword|$($Partition.Name)|$($CSEntry['missing'].IsPresent)"
                Set-Content -Path (Join-Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) 'password.txt') -Value $line
                if ($NewPassword.Length -lt 8) {
                    throw (New-Object Microsoft.MetadirectoryServices.PasswordPolicyViolationException 'at least 8 characters')
                }
                if ($NewPassword -eq 'IllFormed!') {
                    throw (New-Object Microsoft.MetadirectoryServices.PasswordIllFormedException 'no exclamation marks')
                }
                """);
        ScriptRuntime runtime = t.runtime();
        Map<String, List<Object>> attrs = Map.of("EmployeeId", List.of("1001"));
        runtime.password(new PasswordCall("CN=1001,OBJECT=USER", "User", attrs, PasswordOperationType.SetPassword,
                Set.of(PasswordOption.UnlockAccount), null, "Secret#2024"));
        assertEquals("1001|CN=1001,OBJECT=USER|SetPassword|UnlockAccount||Secret#2024|default|False", passwordLine());

        runtime.password(new PasswordCall("CN=1001,OBJECT=USER", "User", attrs, PasswordOperationType.ChangePassword,
                null, "Secret#2024", "Secret#2025"));
        assertEquals("1001|CN=1001,OBJECT=USER|ChangePassword||Secret#2024|Secret#2025|default|False", passwordLine());

        PasswordRejectedException policy = assertThrows(PasswordRejectedException.class, () -> runtime.password(
                new PasswordCall("CN=1001", "User", attrs, PasswordOperationType.SetPassword, null, null, "short")));
        assertEquals(PasswordErrorKind.POLICY_VIOLATION, policy.errorKind());
        assertTrue(policy.getMessage().endsWith("at least 8 characters"), policy.getMessage());

        PasswordRejectedException illFormed = assertThrows(PasswordRejectedException.class, () -> runtime.password(
                new PasswordCall("CN=1001", "User", attrs, PasswordOperationType.SetPassword, null, null, "IllFormed!")));
        assertEquals(PasswordErrorKind.ILL_FORMED, illFormed.errorKind());
    }

    private String passwordLine() {
        try {
            return Files.readString(t.folders.dataDir().resolve("password.txt")).trim();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
