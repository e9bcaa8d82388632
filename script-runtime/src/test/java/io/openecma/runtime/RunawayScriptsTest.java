package io.openecma.runtime;

import com.sun.net.httpserver.HttpServer;
import io.openecma.runtime.ecma2.ConfigParameterPage;
import io.openecma.runtime.host.ConnectorNetwork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * connector.yaml's limits and allowed hosts reach the engine: a script that recurses or allocates
 * without end fails with its own error, the next call of the same runtime works, and web calls go
 * only to the hosts the connector names.
 */
class RunawayScriptsTest {

    @TempDir
    Path temp;

    private TestRuntimes t;

    @BeforeEach
    void setUp() {
        t = new TestRuntimes(temp);
        SampleConnectors.appendYaml(t.connector, "limits:\n  scriptMemoryMegabytes: 16\n  maxCallDepth: 100\n");
    }

    private void validation(String body) {
        SampleConnectors.writeScript(t.connector, "Validation.ps1", "param($ConfigParameterPage, $ConfigParameters)\n" + body + "\n");
    }

    private static final String SUCCESS = "New-Object Microsoft.MetadirectoryServices.ParameterValidationResult";
    /** On the RunStep page the script does ordinary work and succeeds. */
    private static final String ORDINARY = "if ($ConfigParameterPage -eq 'RunStep') { function g($n) { if ($n -gt 0) { g ($n - 1) } }; "
            + "g 50; $s = 'x' * 1MB; return (" + SUCCESS + ") }\n";

    private static void assertNextCallWorks(ScriptRuntime runtime) {
        assertTrue(runtime.validate(ConfigParameterPage.RunStep).success());
    }

    @Test
    void endlessRecursionFailsTheScriptWithCallDepthOverflow() {
        validation(ORDINARY + "$ErrorActionPreference = 'Stop'; function f { f }; f; " + SUCCESS);
        ScriptRuntime runtime = t.runtime();
        ScriptFailedException e = assertThrows(ScriptFailedException.class,
                () -> runtime.validate(ConfigParameterPage.Connectivity));
        assertEquals("System.Management.Automation.ScriptCallDepthException", e.exceptionType());
        assertTrue(e.getMessage().contains("The script failed due to call depth overflow."), e.getMessage());
        assertNextCallWorks(runtime);
    }

    @Test
    void endlessAllocationFailsTheScriptWithTheConnectorsMemoryLimit() {
        validation(ORDINARY + """
                switch ($ConfigParameterPage.ToString()) {
                  'Connectivity' { $s = 'x'; while ($true) { $s += $s } }
                  'Global' { $a = @(); while ($true) { $a += 'x' * 1MB } }
                  'Partition' { $l = New-Object System.Collections.ArrayList; while ($true) { [void]$l.Add('x' * 100KB) } }
                }""");
        ScriptRuntime runtime = t.runtime();
        for (ConfigParameterPage page : List.of(ConfigParameterPage.Connectivity, ConfigParameterPage.Global,
                ConfigParameterPage.Partition)) {
            ScriptFailedException e = assertThrows(ScriptFailedException.class, () -> runtime.validate(page));
            assertEquals("System.InsufficientMemoryException", e.exceptionType());
            assertTrue(e.getMessage().contains("memory limit of 16 MB"), e.getMessage());
            assertNextCallWorks(runtime);
        }
    }

    @Test
    void scriptsReachTheHostTheirParametersNameAndNothingElse() throws Exception {
        HttpServer target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        for (HttpServer s : List.of(target, other)) {
            s.createContext("/", x -> {
                byte[] body = "{\"name\":\"ok\"}".getBytes();
                x.getResponseHeaders().add("Content-Type", "application/json");
                x.sendResponseHeaders(200, body.length);
                x.getResponseBody().write(body);
                x.close();
            });
            s.start();
        }
        try {
            String yaml = java.nio.file.Files.readString(t.connector.resolve("connector.yaml")).replace("parameters:\n",
                    "parameters:\n  - name: BaseUrl\n    scope: Global\n    value: http://127.0.0.1:" + target.getAddress().getPort() + "\n");
            java.nio.file.Files.writeString(t.connector.resolve("connector.yaml"), yaml);
            validation("$r = Invoke-RestMethod ($ConfigParameters['BaseUrl_Global'].Value + '/x')\n"
                    + "try { Invoke-RestMethod 'http://127.0.0.1:" + other.getAddress().getPort() + "/x' } catch { $e = $_ }\n"
                    + "New-Object Microsoft.MetadirectoryServices.ParameterValidationResult('Failure', \"$($r.name)|$($e.FullyQualifiedErrorId)\", 'x')");
            ValidationResult r = t.runtime().validate(ConfigParameterPage.Connectivity);
            assertEquals("ok|HostNotAllowed", r.errorMessage());
        } finally {
            target.stop(0);
            other.stop(0);
        }
    }

    @Test
    void theDefaultAllowListIsTheHostsTheParametersName() {
        assertEquals(List.of("127.0.0.1:8090"), ConnectorNetwork.allowedHosts(SampleConnectors.load(
                SampleConnectors.copy("rest", temp.resolve("rest")))));
        assertEquals(java.util.Optional.of("hr.example.com"), hostOf("https://hr.example.com/api/v1"));
        assertEquals(java.util.Optional.of("hr.example.com:8443"), hostOf("https://hr.example.com:8443/"));
        assertEquals(java.util.Optional.of("ldap.corp.example"), hostOf("ldap.corp.example"));
        assertEquals(java.util.Optional.of("10.0.0.5:636"), hostOf("10.0.0.5:636"));
        assertEquals(java.util.Optional.empty(), hostOf("users.csv"));
        assertEquals(java.util.Optional.empty(), hostOf("C:\\data\\users.csv"));
        assertEquals(java.util.Optional.empty(), hostOf("5000"));
        List<String> protectedEndpoints = ConnectorNetwork.protectedEndpoints(Map.of("KAFKA_BOOTSTRAP_SERVERS",
                "broker1:19092,broker2:19092", "DB_URL", "jdbc:postgresql://db.internal:6543/openecma",
                "OPENECMA_PROTECTED_ENDPOINTS", "admin.internal:9443"));
        assertTrue(protectedEndpoints.containsAll(List.of("broker1:19092", "broker2:19092", "db.internal:6543",
                "admin.internal:9443", "localhost:8585", "127.0.0.1:8081", "sync-core")), protectedEndpoints.toString());
    }

    private static java.util.Optional<String> hostOf(String value) {
        return ConnectorNetwork.hostOf(value);
    }
}
