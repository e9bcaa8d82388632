package io.openecma.powershell.cmdlets.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.host.TlsTrust;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web cmdlets over HTTPS: a server certificate is verified against the engine's TLS trust (the
 * JDK's store plus what the host adds); a script's ServerCertificateValidationCallback does not
 * widen it. An untrusted certificate fails as in 5.1: WebException, Status TrustFailure, "The
 * underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure
 * channel." (.NET Framework's net_webstatus_TrustFailure).
 */
class WebCmdletsTlsTest {
    @TempDir
    static Path dir;
    private static HttpsServer server;
    private static SelfSignedServerCertificate localhost;
    private static SelfSignedServerCertificate other;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        localhost = SelfSignedServerCertificate.create(dir, "localhost");
        other = SelfSignedServerCertificate.create(dir, "other.example");
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(localhost.serverContext()));
        server.createContext("/api/v1/users", ex -> {
            byte[] body = "[{\"id\":\"00u1\",\"status\":\"ACTIVE\"}]".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static ScriptResult run(TlsTrust trust, String host, String prelude) {
        PowerShellEngine engine = PowerShellEngine.create(EngineOptions.defaults());
        if (trust != null) {
            engine.trustServerCertificates(trust);
        }
        String script = prelude + "\ntry { $r = Invoke-RestMethod -Uri 'https://" + host + ":" + port
                + "/api/v1/users' -Headers @{ Authorization = 'SSWS t' }; 'ok ' + $r[0].id }\n"
                + "catch { $_.Exception.GetType().FullName; $_.Exception.Status.ToString(); $_.Exception.Message;"
                + " $_.FullyQualifiedErrorId }";
        return engine.execute(ScriptSource.of("tls.ps1", script), Map.of());
    }

    @Test
    void aCertificateTheHostTrustsIsAccepted() {
        ScriptResult r = run(TlsTrust.jdkDefaultPlus(List.of(localhost.certificate())), "localhost", "");
        assertEquals(List.of("ok 00u1"), r.output().stream().map(String::valueOf).toList(), r.toString());
    }

    @Test
    void aSelfSignedCertificateNotAddedIsATrustFailureEvenWithACallbackThatReturnsTrue() {
        String callback = "try { [Net.ServicePointManager]::ServerCertificateValidationCallback = { $true } } catch { }";
        ScriptResult r = run(null, "localhost", callback);
        assertEquals(List.of("System.Net.WebException", "TrustFailure",
                "The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure "
                        + "channel.", "WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand"),
                r.output().stream().map(String::valueOf).toList(), r.toString());
        assertEquals(1, r.warning().size(), r.warning().toString());
        assertTrue(r.warning().get(0).contains("tls.trustedCertificates")
                && r.warning().get(0).contains("ServerCertificateValidationCallback is not consulted"), r.warning().get(0));
    }

    @Test
    void anotherTrustedCertificateDoesNotMakeThisOneTrusted() {
        ScriptResult r = run(TlsTrust.jdkDefaultPlus(List.of(other.certificate())), "localhost", "");
        assertEquals("TrustFailure", String.valueOf(r.output().get(1)), r.toString());
    }

    @Test
    void theHostNameIsVerifiedToo() throws Exception {
        // A trusted certificate issued for another name: refused, as .NET's RemoteCertificateNameMismatch.
        SelfSignedServerCertificate elsewhere = SelfSignedServerCertificate.create(dir, "elsewhere", "dns:elsewhere.example");
        HttpsServer second = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        second.setHttpsConfigurator(new HttpsConfigurator(elsewhere.serverContext()));
        second.createContext("/", ex -> {
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        second.start();
        try {
            PowerShellEngine engine = PowerShellEngine.create(EngineOptions.defaults());
            engine.trustServerCertificates(TlsTrust.jdkDefaultPlus(List.of(elsewhere.certificate())));
            ScriptResult r = engine.execute(ScriptSource.of("name.ps1", "try { Invoke-RestMethod https://127.0.0.1:"
                    + second.getAddress().getPort() + "/ } catch { $_.Exception.Status.ToString() }"), Map.of());
            assertEquals(List.of("TrustFailure"), r.output().stream().map(String::valueOf).toList(), r.toString());
        } finally {
            second.stop(0);
        }
    }
}
