package io.openecma.powershell.cmdlets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.host.DataProtection;
import io.openecma.powershell.runtime.LanguagePrimitives;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ConvertFrom-SecureString / ConvertTo-SecureString without -Key: DPAPI on Windows, the host's data
 * protection here (the key Export-Clixml uses), written as hex as DPAPI's blob is.
 */
class SecureStringWithoutKeyTest {
    @TempDir
    Path root;

    private static DataProtection key(int fill) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) fill);
        return DataProtection.withKey(k);
    }

    private ScriptResult run(DataProtection protection, String script) {
        EngineOptions options = EngineOptions.defaults().withFileSystemRoots(List.of(root), root);
        if (protection != null) {
            options = options.withDataProtection(protection);
        }
        return PowerShellEngine.create(options).execute(ScriptSource.of("test.ps1", script), Map.of());
    }

    @Test
    void roundTripsWithTheHostsKeyAsHex() {
        ScriptResult r = run(key(7), "$t = ConvertTo-SecureString 's3cret' -AsPlainText -Force | ConvertFrom-SecureString\n"
                + "$t -match '^[0-9a-f]+$'\n"
                + "(New-Object PSCredential('u', (ConvertTo-SecureString $t))).GetNetworkCredential().Password");
        assertTrue(r.succeeded(), String.valueOf(r.terminatingError()));
        assertEquals(List.of("True", "s3cret"), r.output().stream().map(LanguagePrimitives::toStringValue).toList());
    }

    @Test
    void anotherHostsTextIsACryptographicError() {
        String text = LanguagePrimitives.toStringValue(run(key(7),
                "ConvertTo-SecureString 's3cret' -AsPlainText -Force | ConvertFrom-SecureString").output().get(0));
        ScriptResult r = run(key(8), "ConvertTo-SecureString '" + text + "'");
        assertEquals(List.of(), r.output());
        assertEquals("Key not valid for use in specified state.", r.errors().get(0).message());
        assertEquals("ImportSecureString_InvalidArgument_CryptographicError,Microsoft.PowerShell.Commands.ConvertToSecureStringCommand",
                r.errors().get(0).getFullyQualifiedErrorId());
    }

    @Test
    void withoutAHostKeyThereIsNothingToProtectWith() {
        ScriptResult r = run(null, "ConvertTo-SecureString 'x' -AsPlainText -Force | ConvertFrom-SecureString");
        assertEquals(List.of(), r.output());
        String message = r.terminatingError().map(e -> e.message()).orElseGet(() -> r.errors().get(0).message());
        assertTrue(message.contains("no data protection key"), message);
    }
}
