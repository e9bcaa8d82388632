package io.openecma.powershell.runtime.limits;

import com.sun.net.httpserver.HttpServer;
import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.host.NetworkAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web cmdlets connect only where the host's NetworkAccess allows, and never to protected endpoints. */
class NetworkAccessTest {

    private HttpServer server;
    private int port;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ScriptResult call(NetworkAccess access, String host) {
        PowerShellEngine engine = PowerShellEngine.create(EngineOptions.defaults().withNetworkAccess(access));
        return engine.execute(ScriptSource.of("t.ps1", String.join("\n",
                "try { (Invoke-RestMethod -Uri 'http://" + host + ":" + port + "/x').ok }",
                "catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName; $_.CategoryInfo.Category.ToString();"
                        + " $_.Exception.Message }")), Map.of());
    }

    @Test
    void anAllowedHostAndPortIsCalled() {
        ScriptResult r = call(NetworkAccess.allowOnly(List.of("127.0.0.1:" + port), List.of()), "127.0.0.1");
        assertEquals(List.of(true), r.output());
        assertEquals(1, requests.get());
    }

    @Test
    void anotherHostOrPortIsRefusedBeforeAnyConnection() {
        ScriptResult r = call(NetworkAccess.allowOnly(List.of("127.0.0.1:1", "*.example.com"), List.of()), "127.0.0.1");
        assertEquals("HostNotAllowed", r.output().get(0));
        assertEquals("System.UnauthorizedAccessException", r.output().get(1));
        assertEquals("PermissionDenied", r.output().get(2));
        assertTrue(((String) r.output().get(3)).contains("127.0.0.1:" + port), r.output().toString());
        assertTrue(((String) r.output().get(3)).contains("network.allowedHosts"), r.output().toString());
        assertEquals(0, requests.get());
    }

    @Test
    void protectedEndpointsAreRefusedEvenWhenEveryHostIsAllowed() {
        ScriptResult r = call(NetworkAccess.allowOnly(List.of("*"), List.of("127.0.0.1:" + port)), "127.0.0.1");
        assertEquals("HostNotAllowed", r.output().get(0));
        assertTrue(((String) r.output().get(3)).contains("openecma's own services"), r.output().toString());
        assertEquals(0, requests.get());
    }

    @Test
    void entriesMatchHostsPortsAndDomains() {
        NetworkAccess access = NetworkAccess.allowOnly(List.of("hr.example.com", "api.example.org:8443", "*.okta.com", "[::1]:9000"),
                List.of("*:5432", "kafka"));
        assertTrue(access.refusal(URI.create("https://HR.example.com./x")).isEmpty());
        assertTrue(access.refusal(URI.create("http://hr.example.com:8080/x")).isEmpty());
        assertTrue(access.refusal(URI.create("https://api.example.org:8443/")).isEmpty());
        assertTrue(access.refusal(URI.create("https://api.example.org/")).isPresent());
        assertTrue(access.refusal(URI.create("https://tenant.okta.com/")).isEmpty());
        assertTrue(access.refusal(URI.create("https://okta.com.evil.net/")).isPresent());
        assertTrue(access.refusal(URI.create("http://[::1]:9000/")).isEmpty());
        assertTrue(access.refusal(URI.create("http://hr.example.com:5432/")).isPresent());
        assertTrue(access.refusal(URI.create("http://kafka:9092/")).isPresent());
        assertTrue(NetworkAccess.unrestricted().refusal(URI.create("http://anything:1/")).isEmpty());
    }
}
