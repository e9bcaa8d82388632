package io.openecma.systemtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import io.openecma.schemas.events.Json;
import io.openecma.testsupport.local.LocalStack;

/**
 * How the system tests talk to a running stack as a SCIM client and an operator would: SCIM
 * requests with the connector's token (waiting out 503s as a client honouring Retry-After does),
 * the admin API with the admin token, and polling until an answer satisfies a condition.
 */
final class StackClient {

    /** The two roots the ingress serves each connector at (docs/compatibility/scim.md, Endpoints). */
    enum ScimRoot {
        /** {@code /ecma2host_<connector>/scim}: Entra's "On-premises ECMA app". */
        ECMA2HOST,
        /** {@code /scim/v2/<connector>}: any other SCIM 2.0 client. */
        SCIM_V2;

        String path(String connector) {
            return this == ECMA2HOST ? "/ecma2host_" + connector + "/scim" : "/scim/v2/" + connector;
        }
    }

    interface Call {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final LocalStack stack;
    private final Function<String, String> tokens;
    private final Duration settle;
    private final ScimRoot root;

    /** @param tokens the SCIM bearer token of each connector, by name */
    StackClient(LocalStack stack, Function<String, String> tokens, Duration settle) {
        this(stack, tokens, settle, ScimRoot.ECMA2HOST);
    }

    StackClient(LocalStack stack, Function<String, String> tokens, Duration settle, ScimRoot root) {
        this.stack = stack;
        this.tokens = tokens;
        this.settle = settle;
        this.root = root;
    }

    /** The connector's SCIM base URL at this client's root. */
    String scimRoot(String connector) {
        return "http://localhost:" + stack.servicePorts().get("scim-ingress") + root.path(connector);
    }

    HttpClient http() {
        return http;
    }

    /** A SCIM request; until a connector's first import is done it answers 503 with Retry-After, and a client waits. */
    HttpResponse<String> scim(String connector, String method, String path, String body)
            throws IOException, InterruptedException {
        return scim(connector, method, path, body, java.util.Map.of());
    }

    /** The same with extra request headers (If-Match, If-None-Match). */
    HttpResponse<String> scim(String connector, String method, String path, String body, java.util.Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(scimRoot(connector) + path))
                .timeout(Duration.ofSeconds(90))
                .header("Authorization", "Bearer " + tokens.apply(connector))
                .header("Accept", "application/scim+json")
                .header("Content-Type", "application/scim+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        Instant deadline = Instant.now().plus(settle);
        HttpResponse<String> response;
        do {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 503) {
                return response;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        return response;
    }

    HttpResponse<String> admin(String method, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + stack.servicePorts().get("sync-core") + path))
                .header("Authorization", "Bearer " + stack.secrets().adminToken())
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Repeats a call until its answer satisfies the condition, bounded; returns the last answer. */
    HttpResponse<String> eventually(Call call, Predicate<HttpResponse<String>> done) throws Exception {
        Instant deadline = Instant.now().plus(settle);
        HttpResponse<String> last = call.send();
        while (!done.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            last = call.send();
        }
        return last;
    }

    /**
     * Services are ready before the connectors' first full imports are done. Tests that change the
     * target behind the connector's back must not race that import, so they start after it.
     */
    void awaitFirstImports(String... connectors) throws Exception {
        HttpResponse<String> listed = eventually(() -> admin("GET", "/admin/connectors"), r -> r.statusCode() == 200
                && Arrays.stream(connectors).allMatch(c -> firstImportDone(json(r), c)));
        for (String connector : connectors) {
            assertTrue(firstImportDone(json(listed), connector), "first import of " + connector + ": " + listed.body());
        }
    }

    private static boolean firstImportDone(JsonNode connectors, String name) {
        for (JsonNode connector : connectors) {
            if (name.equals(connector.path("name").asText())) {
                return connector.path("initialImportDone").asBoolean();
            }
        }
        return false;
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
