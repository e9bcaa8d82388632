package io.openecma.powershell.cmdlets.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.openecma.powershell.runtime.PSCredential;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.PSRuntimeException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.openecma.powershell.xml.XmlDocument;

/** Invoke-RestMethod / Invoke-WebRequest against a real HTTP server on 127.0.0.1. */
class WebCmdletsTest {
    @TempDir
    Path root;
    private HttpServer server;
    private String base;
    private final List<String> authorizations = new ArrayList<>();
    private final List<Integer> remotePorts = java.util.Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch slowRequestArrived = new CountDownLatch(1);
    private final CountDownLatch releaseSlow = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/users", ex -> reply(ex, 200, "application/json; charset=utf-8",
                "[{\"id\":\"a\",\"name\":\"J\u00fcrgen\"},{\"id\":\"b\",\"name\":\"Bo\"}]"));
        server.createContext("/one", ex -> reply(ex, 200, "application/json; charset=utf-8", "{\"id\":\"a\"}"));
        server.createContext("/nocharset", ex -> reply(ex, 200, "application/json", "{\"name\":\"J\u00fcrgen\"}"));
        server.createContext("/echo", this::echo);
        server.createContext("/missing", ex -> reply(ex, 404, "application/json",
                "{\"errorCode\":\"E0000007\",\"errorSummary\":\"Not found\"}"));
        server.createContext("/boom", ex -> reply(ex, 500, "text/plain", "broken"));
        server.createContext("/xml", ex -> reply(ex, 200, "application/xml", "<root><item id=\"1\"/></root>"));
        server.createContext("/text", ex -> reply(ex, 200, "text/plain; charset=utf-8", "plain words"));
        server.createContext("/empty", ex -> reply(ex, 204, null, ""));
        server.createContext("/secure", this::secure);
        server.createContext("/where", ex -> {
            remotePorts.add(ex.getRemoteAddress().getPort());
            reply(ex, 200, "application/json", "{\"id\":\"a\"}");
        });
        server.createContext("/port", ex -> {
            remotePorts.add(ex.getRemoteAddress().getPort());
            secure(ex);
        });
        server.createContext("/slow", ex -> {
            slowRequestArrived.countDown();
            try {
                releaseSlow.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(ex, 200, "text/plain", "late");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        releaseSlow.countDown();
        server.stop(0);
    }

    private static void reply(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            ex.getResponseHeaders().add("Content-Type", contentType);
        }
        ex.getResponseHeaders().add("X-Trace", "t-1");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    /** Answers with what it received as JSON. */
    private void echo(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String json = "{\"method\":\"" + ex.getRequestMethod() + "\",\"query\":\""
                + (ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery())
                + "\",\"contentType\":\"" + ex.getRequestHeaders().getFirst("Content-Type")
                + "\",\"agent\":\"" + ex.getRequestHeaders().getFirst("User-Agent")
                + "\",\"custom\":\"" + ex.getRequestHeaders().getFirst("X-Custom")
                + "\",\"body\":\"" + body.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        reply(ex, 200, "application/json; charset=utf-8", json);
    }

    private void secure(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        authorizations.add(String.valueOf(auth));
        String expected = "Basic " + Base64.getEncoder().encodeToString("svc:s3cret".getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(auth)) {
            ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"test\"");
            reply(ex, 401, "text/plain", "who are you");
            return;
        }
        reply(ex, 200, "application/json", "{\"ok\":true}");
    }

    private CmdletRun irm(String path) {
        return CmdletRun.of("Invoke-RestMethod", root).with("Uri", base + path);
    }

    @Test
    void jsonArrayIsOneOutputObjectOfCustomObjects() {
        Object[] users = (Object[]) irm("/users").run().single();
        assertEquals(2, users.length);
        assertEquals("J\u00fcrgen", ((PSObject) users[0]).get("name"));
        assertEquals("b", ((PSObject) users[1]).get("id"));
        assertEquals("a", ((PSObject) irm("/one").run().single()).get("id"));
    }

    @Test
    void textWithoutCharsetIsReadAsLatin1Like51() {
        assertEquals("J\u00c3\u00bcrgen", ((PSObject) irm("/nocharset").run().single()).get("name"));
    }

    @Test
    void postJsonBodyWithContentType() {
        PSObject echo = (PSObject) irm("/echo").with("Method", "Post").with("ContentType",
                "application/json; charset=utf-8").with("Body", "{\"name\":\"J\u00fcrgen\"}").run().single();
        assertEquals("POST", echo.get("method"));
        assertEquals("application/json; charset=utf-8", echo.get("contentType"));
        assertEquals("{\"name\":\"J\u00fcrgen\"}", echo.get("body"));
        assertTrue(((String) echo.get("agent")).contains("WindowsPowerShell/5.1"));
    }

    @Test
    void bodyDefaultsOf51() {
        PSObject plain = (PSObject) irm("/echo").with("Method", "POST").with("Body", "x=1").run().single();
        assertEquals("application/x-www-form-urlencoded", plain.get("contentType"));
        PSHashtable form = new PSHashtable(true);
        form.put("a", "1 2");
        form.put("b", "&");
        PSObject posted = (PSObject) irm("/echo").with("Method", "POST").with("Body", form).run().single();
        assertEquals("a=1+2&b=%26", posted.get("body"));
        PSObject got = (PSObject) irm("/echo?x=0").with("Body", form).run().single();
        assertEquals("GET", got.get("method"));
        assertEquals("x=0&a=1+2&b=%26", got.get("query"));
    }

    @Test
    void urisWithSpacesAndQuotesAreEscapedLikeDotNet() {
        PSObject echo = (PSObject) irm("/echo?filter=status eq \"PROVISIONED\"&n=J\u00fcrgen").run().single();
        assertEquals("filter=status%20eq%20%22PROVISIONED%22&n=J%C3%BCrgen", echo.get("query"));
    }

    @Test
    void contentTypeHeaderCharsetEncodesTheBody() {
        PSHashtable headers = new PSHashtable();
        headers.put("Content-Type", "application/json; charset=utf-8");
        PSObject echo = (PSObject) irm("/echo").with("Method", "POST").with("Headers", headers)
                .with("Body", "{\"n\":\"J\u00fcrgen\"}").run().single();
        assertEquals("{\"n\":\"J\u00fcrgen\"}", echo.get("body"));
        assertEquals("application/json; charset=utf-8", echo.get("contentType"));
    }

    @Test
    void headersAreSent() {
        PSHashtable headers = new PSHashtable();
        headers.put("X-Custom", "yes");
        headers.put("Authorization", "SSWS token");
        PSObject echo = (PSObject) irm("/echo").with("Headers", headers).run().single();
        assertEquals("yes", echo.get("custom"));
    }

    @Test
    void non2xxIsATerminatingWebException() {
        PSRuntimeException e = assertThrows(PSRuntimeException.class, () -> irm("/missing").run());
        assertEquals("System.Net.WebException", e.typeName());
        assertEquals("The remote server returned an error: (404) Not Found.", e.getMessage());
        WebCmdletException web = (WebCmdletException) e;
        assertEquals("ProtocolError", web.getStatus());
        PSObject response = web.getResponse();
        assertEquals(io.openecma.powershell.types.HttpStatusCode.NotFound, response.get("StatusCode"));
        assertTrue(e.errorRecord().getErrorDetails().getMessage().contains("E0000007"));
        assertEquals("Not Found", response.get("StatusDescription"));
        assertTrue(((String) response.get("Content")).contains("E0000007"));
        assertEquals("WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand",
                e.errorRecord().getFullyQualifiedErrorId());
        PSRuntimeException server = assertThrows(PSRuntimeException.class,
                () -> CmdletRun.of("Invoke-WebRequest", root).with("Uri", base + "/boom").run());
        assertEquals("The remote server returned an error: (500) Internal Server Error.", server.getMessage());
    }

    @Test
    void timeoutAndConnectionFailures() throws Exception {
        PSRuntimeException timeout = assertThrows(PSRuntimeException.class,
                () -> irm("/slow").with("TimeoutSec", 1).run());
        assertEquals("The operation has timed out.", timeout.getMessage());
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        PSRuntimeException refused = assertThrows(PSRuntimeException.class,
                () -> CmdletRun.of("Invoke-RestMethod", root).with("Uri", "http://127.0.0.1:" + closedPort + "/").run());
        assertEquals("Unable to connect to the remote server", refused.getMessage());
    }

    @Test
    void cancellationStopsAWaitingRequest() throws Exception {
        CmdletRun run = irm("/slow");
        Thread canceller = new Thread(() -> {
            try {
                slowRequestArrived.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            run.cancel();
        });
        canceller.start();
        PSRuntimeException e = assertThrows(PSRuntimeException.class, run::run);
        assertEquals("The pipeline has been stopped.", e.getMessage());
        canceller.join();
    }

    @Test
    void credentialsAnswerTheChallenge() {
        PSObject ok = (PSObject) irm("/secure").with("Credential", new PSCredential("svc", "s3cret")).run().single();
        assertEquals(true, ok.get("ok"));
        assertEquals("null", authorizations.get(0));
        assertTrue(authorizations.get(authorizations.size() - 1).startsWith("Basic "));
        PSRuntimeException wrong = assertThrows(PSRuntimeException.class, () -> irm("/secure").run());
        assertEquals("The remote server returned an error: (401) Unauthorized.", wrong.getMessage());
    }

    /**
     * 5.1 keeps connections alive unless -DisableKeepAlive (Invoke-RestMethod's documentation: "By
     * default, KeepAlive is True"), with or without -Credential: calls reuse one connection. Each
     * call is challenged again (HttpWebRequest.PreAuthenticate is false by default), and a wrong
     * password is the server's 401 as a WebException.
     */
    @Test
    void callsWithACredentialReuseTheirConnectionAndAnswerEachChallengeOnce() {
        PSCredential svc = new PSCredential("svc", "s3cret");
        for (int i = 0; i < 3; i++) {
            assertEquals(true, ((PSObject) irm("/port").with("Credential", svc).run().single()).get("ok"));
        }
        assertEquals(6, remotePorts.size(), "a challenge and its answer per call: " + authorizations);
        assertEquals(1, new java.util.HashSet<>(remotePorts).size(), "one connection: " + remotePorts);
        String basic = "Basic " + Base64.getEncoder().encodeToString("svc:s3cret".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("null", basic, "null", basic, "null", basic), authorizations);

        authorizations.clear();
        PSRuntimeException wrong = assertThrows(PSRuntimeException.class,
                () -> irm("/port").with("Credential", new PSCredential("svc", "other")).run());
        assertEquals("The remote server returned an error: (401) Unauthorized.", wrong.getMessage());
        assertEquals(2, authorizations.size(), "answered once: " + authorizations);
    }

    @Test
    void keepAliveConnectionIsReusedAcrossCalls() {
        for (int i = 0; i < 3; i++) {
            assertEquals("a", ((PSObject) irm("/where").run().single()).get("id"));
        }
        assertEquals(3, remotePorts.size());
        assertEquals(1, new java.util.HashSet<>(remotePorts).size(), "one connection: " + remotePorts);
    }

    @Test
    void otherContentTypes() {
        assertInstanceOf(XmlDocument.class, irm("/xml").run().single());
        assertEquals("plain words", irm("/text").run().single());
        assertEquals(List.of(), irm("/empty").run().output);
    }

    @Test
    void invokeWebRequestResponseObject() {
        PSObject r = (PSObject) CmdletRun.of("Invoke-WebRequest", root).with("Uri", base + "/one")
                .with("UseBasicParsing", true).run().single();
        assertEquals(200, r.get("StatusCode"));
        assertEquals("OK", r.get("StatusDescription"));
        assertEquals("{\"id\":\"a\"}", r.get("Content"));
        assertEquals("t-1", ((PSHashtable) r.get("Headers")).get("x-trace"));
        assertTrue(((String) r.get("RawContent")).startsWith("HTTP/1.1 200 OK\r\n"));
    }

    @Test
    void outFileWritesTheBody() throws Exception {
        CmdletRun run = irm("/text").with("OutFile", "reply.txt").run();
        assertEquals(List.of(), run.output);
        assertArrayEquals("plain words".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(root.resolve("reply.txt")));
    }

    @Test
    void badUris() {
        assertThrows(PSRuntimeException.class,
                () -> CmdletRun.of("Invoke-RestMethod", root).with("Uri", "ftp://example.com/x").run());
        assertThrows(PSRuntimeException.class,
                () -> CmdletRun.of("Invoke-RestMethod", root).with("Uri", "not a uri").run());
    }
}
