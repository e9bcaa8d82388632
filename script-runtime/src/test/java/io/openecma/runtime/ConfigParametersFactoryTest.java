package io.openecma.runtime;

import io.openecma.runtime.ecma2.ConfigParameterKeyedCollection;
import io.openecma.powershell.runtime.PSCredential;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.ScriptKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** $ConfigParameters and $Credential as ECMA2Host fills them, on the CSV sample connector. */
class ConfigParametersFactoryTest {

    @TempDir
    Path temp;

    @Test
    void customParametersCarryTheirScopeSuffix() {
        ConnectorDefinition def = SampleConnectors.load(SampleConnectors.copyCsv(temp));
        ConfigParameterKeyedCollection p = ConfigParametersFactory.build(def, null);

        assertEquals("users.csv", p.get_Item("CsvFile_Global").getValue());
        assertEquals("8", p.get_Item("minpasswordlength_global").getValue());
        assertNull(p.get_Item("CsvFile"));
        assertEquals("CsvFile,MinPasswordLength", p.get_Item("Additional Config Parameter Names").getValue());
    }

    @Test
    void scriptBodiesAndTheCommonModuleAreParameters() {
        ConnectorDefinition def = SampleConnectors.load(SampleConnectors.copyCsv(temp));
        ConfigParameterKeyedCollection p = ConfigParametersFactory.build(def, null);

        assertEquals(def.script(ScriptKind.Schema).orElseThrow().body(), p.get_Item("Schema Script").getValue());
        assertEquals(def.script(ScriptKind.Export).orElseThrow().body(), p.get_Item("Export Script").getValue());
        assertEquals("", p.get_Item("Partition Script").getValue());
        assertEquals("CsvConnectorCommon.psm1", p.get_Item("Common Module Script Name (with extension)").getValue());
        assertTrue(p.get_Item("Common Module Script").getValue().contains("function Get-CsvStorePath"));
        assertEquals("AttributeReplace", p.get_Item("Export Type").getValue());
        assertEquals("1", p.get_Item("Enable Import").getValue());
        assertEquals("5", p.get_Item("PowerShell script execution timeout in minutes (0 \u2013 disabled)").getValue());
    }

    @Test
    void encryptedValuesAreDecryptedIntoSecureValueOnlyHere() {
        Path connector = SampleConnectors.copyCsv(temp);
        String apiKey = SampleConnectors.SECRETS.encryptValue("key-123");
        String password = SampleConnectors.SECRETS.encryptValue("pa55");
        SampleConnectors.appendYaml(connector, "credential:\n  user: CONTOSO\\svc\n  password: \"" + password + "\"\n");
        replaceParameters(connector, "  - name: ApiKey\n    scope: Global\n    value: \"" + apiKey + "\"\n    encrypted: true\n");
        ConnectorDefinition def = SampleConnectors.load(connector);

        ConfigParameterKeyedCollection p = ConfigParametersFactory.build(def, SampleConnectors.SECRETS);
        assertNull(p.get_Item("ApiKey_Global").getValue());
        assertTrue(p.get_Item("ApiKey_Global").getIsEncrypted());
        assertEquals("key-123", new PSCredential("x", p.get_Item("ApiKey_Global").getSecureValue()).GetNetworkCredential().getPassword());
        assertEquals("ApiKey", p.get_Item("Additional Encrypted Config Parameter Names").getValue());
        assertEquals("CONTOSO\\svc", p.get_Item("User").getValue());

        PSCredential credential = ConfigParametersFactory.credential(def, SampleConnectors.SECRETS);
        assertEquals("pa55", credential.GetNetworkCredential().getPassword());
        assertEquals("svc", credential.GetNetworkCredential().getUserName());

        IllegalStateException noKey = assertThrows(IllegalStateException.class, () -> ConfigParametersFactory.build(def, null));
        assertTrue(noKey.getMessage().contains("OPENECMA_SECRET_KEY"), noKey.getMessage());
    }

    /** Adds a parameter to the copied connector's list (the list is the file's last block). */
    private static void replaceParameters(Path connector, String entry) {
        try {
            Path yaml = connector.resolve("connector.yaml");
            String text = java.nio.file.Files.readString(yaml);
            text = text.replace("parameters:\n", "parameters:\n" + entry);
            java.nio.file.Files.writeString(yaml, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
