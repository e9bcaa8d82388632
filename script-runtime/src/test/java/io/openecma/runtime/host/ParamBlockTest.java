package io.openecma.runtime.host;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParamBlockTest {

    @Test
    void credentialOrPSCredentialAsTheScriptDeclares() {
        ParamBlock csv = ParamBlock.of("""
                \uFEFF<# header with param($Nope) in a comment #>
                param(
                    [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
                    $ConfigParameters,
                    [System.Management.Automation.PSCredential]
                    $Credential,
                    [Microsoft.MetadirectoryServices.Schema]
                    $Types
                )
                $x = 1
                """);
        assertTrue(csv.present());
        assertTrue(csv.declares("configparameters"));
        assertTrue(csv.declares("Credential"));
        assertFalse(csv.declares("PSCredential"));
        assertTrue(csv.declares("Types"));
        assertFalse(csv.declares("Schema"));
        assertFalse(csv.declares("Nope"));

        ParamBlock okta = ParamBlock.of("""
                param(
                    [ValidateNotNull()]
                    $ConfigParameters,
                    [Microsoft.MetadirectoryServices.Schema]
                    [ValidateNotNull()]
                    $Schema,
                    [pscredential]
                    $PSCredential
                )
                function f { param($Credential) }
                """);
        assertTrue(okta.declares("PSCredential"));
        assertTrue(okta.declares("Schema"));
        assertFalse(okta.declares("Credential"));
    }

    @Test
    void attributeArgumentsAndDefaultValuesAreNotParameters() {
        ParamBlock p = ParamBlock.of("""
                [CmdletBinding()]
                param(
                    [Parameter(Mandatory = $true, HelpMessage = "use $Other")]
                    [string]$Name = $DefaultName,
                    [switch]$Force
                )
                """);
        assertTrue(p.declares("Name"));
        assertTrue(p.declares("Force"));
        assertFalse(p.declares("true"));
        assertFalse(p.declares("DefaultName"));
        assertFalse(p.declares("Other"));
    }

    @Test
    void aScriptWithoutParamBlock() {
        ParamBlock p = ParamBlock.of("# uses $ConfigParameters directly\nWrite-Output $ConfigParameters.Count\nfunction g { param($a) }");
        assertFalse(p.present());
        assertFalse(p.declares("a"));
    }

    @Test
    void anUnterminatedStringDoesNotBreakTheScan() {
        ParamBlock p = ParamBlock.of("param($A)\n$s = 'open");
        assertTrue(p.declares("A"));
    }
}
