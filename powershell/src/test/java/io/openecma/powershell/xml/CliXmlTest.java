package io.openecma.powershell.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.host.DataProtection;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export-Clixml/Import-Clixml and PSSerializer in 5.1's format (serialization.cs, MS-PSRP 2.2.5). */
class CliXmlTest {
    @TempDir
    Path root;

    private static DataProtection key(int fill) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) fill);
        return DataProtection.withKey(k);
    }

    private List<String> run(String script) {
        return XmlScripts.lines(root, script);
    }

    @Test
    void fileIsUnicodeWithThe51Envelope() throws Exception {
        run("Export-Clixml -Path o.xml -InputObject 'a_x'");
        byte[] bytes = Files.readAllBytes(root.resolve("o.xml"));
        assertEquals((byte) 0xFF, bytes[0]);
        assertEquals((byte) 0xFE, bytes[1]);
        assertEquals("<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">\r\n  <S>a_x005F_x</S>\r\n</Objs>",
                new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
    }

    @Test
    void primitivesRoundTripAsThemselves() {
        assertEquals(List.of("System.String a`b\r\nc", "System.Int32 42", "System.Int64 5000000000", "System.Double 1.5",
                        "System.Boolean True", "System.Char x", "System.Decimal 2.50", "System.Guid 6f9619ff-8b86-d011-b42d-00c04fc964ff",
                        "System.DateTime 01/02/2020 03:04:05", "System.TimeSpan 1.02:03:04.5000000", "System.Byte[] 1 2", "True"),
                run("$in = @(\"a``b`r`nc\", 42, 5000000000, 1.5, $true, [char]'x', 2.50d, [guid]'6f9619ff-8b86-d011-b42d-00c04fc964ff',"
                        + " [datetime]'2020-01-02T03:04:05', [timespan]'1.02:03:04.5', [byte[]](1,2), $null)\n"
                        + "$in | Export-Clixml p.xml; $out = Import-Clixml p.xml\n"
                        + "foreach ($o in $out[0..10]) { '{0} {1}' -f $o.GetType().FullName, \"$o\" }; $null -eq $out[11]"));
    }

    @Test
    void containersAndCustomObjects() {
        ScriptResult r = XmlScripts.run(root, null, "$o = [pscustomobject]@{ N = 1; L = @(1, 'two'); H = @{ k = 'v' }; I = [pscustomobject]@{ X = 2 } }\n"
                + "Export-Clixml -Path c.xml -InputObject $o; Import-Clixml c.xml");
        PSObject o = (PSObject) r.output().get(0);
        assertEquals(List.of("Deserialized.System.Management.Automation.PSCustomObject", "Deserialized.System.Object"), o.typeNames());
        assertEquals(1, o.get("N"));
        assertEquals("System.Collections.ArrayList", io.openecma.powershell.types.TypeRegistry.typeNameOf(o.get("L")));
        assertEquals(List.of(1, "two"), LanguagePrimitives.toList(o.get("L")));
        assertEquals("v", ((java.util.Map<?, ?>) o.get("H")).get("k"));
        assertEquals(2, ((PSObject) o.get("I")).get("X"));
    }

    @Test
    void depthTurnsDeeperHostObjectsIntoStrings() {
        assertTrue(run("$u = [uri]'http://x/'; $v = [version]'1.2'; Export-Clixml -Path d.xml -InputObject @{ a = $u; b = $v } -Depth 1;"
                + " Get-Content d.xml -Raw").get(0).contains("<URI N=\"Value\">http://x/</URI>"));
        String text = run("$c = New-Object System.Management.Automation.PSCredential('me', (ConvertTo-SecureString 'p' -AsPlainText -Force));"
                + " Export-Clixml -Path e.xml -InputObject @{ a = ([xml]'<r/>').DocumentElement } -Depth 0; Get-Content e.xml -Raw").get(0);
        assertTrue(text.contains("<S N=\"Value\">r</S>"), text);
    }

    @Test
    void repeatedObjectsBecomeRefs() {
        assertEquals(List.of("True"), run("$a = [pscustomobject]@{ v = 1 }; Export-Clixml -Path r.xml -InputObject @($a, $a);"
                + " (Get-Content r.xml -Raw) -match '<Ref RefId=\"1\" />'"));
    }

    @Test
    void secureStringsRoundTripWithTheHostKeyOnly() {
        String write = "$c = New-Object System.Management.Automation.PSCredential('Foo', (ConvertTo-SecureString 's3cret' -AsPlainText -Force));"
                + " $c | Export-Clixml -Path cred.xml";
        ScriptResult w = XmlScripts.run(root, key(1), write);
        assertTrue(w.succeeded(), String.valueOf(w.terminatingError()));
        ScriptResult same = XmlScripts.run(root, key(1), "$c = Import-Clixml cred.xml; $c.UserName; $c.Password.GetType().FullName;"
                + " $c.GetNetworkCredential().Password");
        assertEquals(List.of("Foo", "System.Security.SecureString", "s3cret"),
                same.output().stream().map(LanguagePrimitives::toStringValue).toList());
        // A cmdlet's terminating error stops the statement (5.1); it is in the errors.
        ScriptResult other = XmlScripts.run(root, key(2), "Import-Clixml cred.xml");
        assertEquals(List.of(), other.output());
        assertTrue(other.errors().get(0).message().startsWith("Key not valid for use in specified state."),
                other.errors().get(0).message());
        ScriptResult none = XmlScripts.run(root, null, write);
        assertTrue(none.errors().get(0).message().contains("no data protection key"));
    }

    @Test
    void pathErrorsAre51s() {
        assertEquals(List.of("ParameterArgumentValidationErrorEmptyStringNotAllowed,Microsoft.PowerShell.Commands.ExportClixmlCommand",
                        "ReadWriteFileNotFileSystemProvider,Microsoft.PowerShell.Commands.ImportClixmlCommand"),
                run("try { Export-Clixml -LiteralPath '' -InputObject 1 } catch { $_.FullyQualifiedErrorId -replace ',Export-Clixml$' };"
                        + " try { Import-Clixml -LiteralPath 'env:\\' } catch { $_.FullyQualifiedErrorId -replace ',Import-Clixml$' }"));
    }

    @Test
    void psSerializer() {
        assertEquals(List.of("True", "1", "hello"),
                run("$s = [System.Management.Automation.PSSerializer]::Serialize(@{ a = 1 }); $s.StartsWith('<Objs Version=\"1.1.0.1\"');"
                        + " ([System.Management.Automation.PSSerializer]::Deserialize($s)).a;"
                        + " [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize('hello'))"));
    }
}
