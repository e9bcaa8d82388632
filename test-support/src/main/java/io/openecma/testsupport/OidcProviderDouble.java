package io.openecma.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small OpenID Connect provider for tests, on the JDK's HTTP server: discovery, JWKS, an
 * authorization endpoint with a sign-in form (user name only; the users and their groups are
 * fixed below), and a token endpoint that checks the client secret and the code and answers
 * RS256-signed ID and access tokens. Started as a Quarkus test resource it points sync-core's
 * OIDC sign-in at itself ({@link #start()} answers that configuration); system tests start it the
 * same way and hand the configuration to sync-core as environment variables.
 */
public class OidcProviderDouble implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "openecma-console";
    public static final String CLIENT_SECRET = "console-client-secret";
    public static final String API_AUDIENCE = "api://openecma";
    public static final String REQUIRED_ROLE = "openecma-admins";
    public static final String PROVIDER_NAME = "Test IdP";
    /** User name to groups: alice runs connectors, bob works elsewhere. */
    public static final Map<String, List<String>> USERS = Map.of(
            "alice", List.of("staff", REQUIRED_ROLE),
            "bob", List.of("staff"));

    private static OidcProviderDouble running;

    private final Map<String, Map<String, Object>> codes = new ConcurrentHashMap<>();
    private final AtomicInteger authorizations = new AtomicInteger();
    private final KeyPair keys;
    private HttpServer server;
    private String issuer;

    public OidcProviderDouble() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The provider the running application uses. */
    public static OidcProviderDouble running() {
        return running;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://localhost:" + server.getAddress().getPort() + "/realms/test";
        server.createContext("/realms/test/", this::handle);
        server.start();
        running = this;
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.tenant-enabled", "true");
        config.put("quarkus.oidc.auth-server-url", issuer);
        config.put("quarkus.oidc.client-id", CLIENT_ID);
        config.put("quarkus.oidc.credentials.secret", CLIENT_SECRET);
        config.put("quarkus.oidc.roles.role-claim-path", "groups");
        config.put("openecma.oidc.provider-name", PROVIDER_NAME);
        config.put("openecma.oidc.required-role", REQUIRED_ROLE);
        config.put("openecma.oidc.api-audience", API_AUDIENCE);
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        running = null;
    }

    /** The same settings as sync-core's environment variables (for a service started as a process). */
    public Map<String, String> environment() {
        return Map.of("OPENECMA_OIDC_ENABLED", "true",
                "OPENECMA_OIDC_ISSUER", issuer,
                "OPENECMA_OIDC_CLIENT_ID", CLIENT_ID,
                "OPENECMA_OIDC_CLIENT_SECRET", CLIENT_SECRET,
                "OPENECMA_OIDC_ROLE_CLAIM", "groups",
                "OPENECMA_OIDC_PROVIDER_NAME", PROVIDER_NAME,
                "OPENECMA_OIDC_REQUIRED_ROLE", REQUIRED_ROLE,
                "OPENECMA_OIDC_API_AUDIENCE", API_AUDIENCE);
    }

    public String issuer() {
        return issuer;
    }

    /** How many times a browser was sent to the authorization endpoint. */
    public int authorizations() {
        return authorizations.get();
    }

    /** An access token for {@code user} as the provider would issue it for {@code audience}. */
    public String accessToken(String user, String audience) {
        Map<String, Object> claims = claims(user, audience);
        claims.put("scp", "openid");
        return sign(claims);
    }

    // --- the endpoints ---

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring("/realms/test".length());
            switch (exchange.getRequestMethod() + " " + path) {
                case "GET /.well-known/openid-configuration" -> send(exchange, 200, "application/json", json(Map.of(
                        "issuer", issuer,
                        "authorization_endpoint", issuer + "/authorize",
                        "token_endpoint", issuer + "/token",
                        "jwks_uri", issuer + "/jwks",
                        "response_types_supported", List.of("code"),
                        "subject_types_supported", List.of("public"),
                        "id_token_signing_alg_values_supported", List.of("RS256"),
                        "token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"))));
                case "GET /jwks" -> send(exchange, 200, "application/json", json(Map.of("keys", List.of(jwk()))));
                case "GET /authorize" -> signInForm(exchange, query(exchange.getRequestURI().getRawQuery()));
                case "POST /authorize" -> authorize(exchange, query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                case "POST /token" -> token(exchange, query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                default -> send(exchange, 404, "text/plain", "no such endpoint");
            }
        } catch (RuntimeException e) {
            send(exchange, 500, "text/plain", e.toString());
        }
    }

    /** The provider's sign-in page: the authorization request's parameters ride along in hidden fields. */
    private void signInForm(HttpExchange exchange, Map<String, String> request) throws IOException {
        if (!CLIENT_ID.equals(request.get("client_id")) || !"code".equals(request.get("response_type"))
                || request.get("redirect_uri") == null) {
            send(exchange, 400, "text/plain", "bad authorization request: " + request);
            return;
        }
        authorizations.incrementAndGet();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Test IdP</title></head><body>"
                + "<form method=\"post\" action=\"" + issuer + "/authorize\" id=\"idp-form\">");
        for (String name : List.of("client_id", "redirect_uri", "state", "nonce", "scope")) {
            if (request.get(name) != null) {
                html.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(request.get(name).replace("&", "&amp;").replace("\"", "&quot;")).append("\">");
            }
        }
        html.append("<label>User <input name=\"username\" id=\"idp-username\"></label>"
                + "<button type=\"submit\" id=\"idp-sign-in\">Sign in</button></form></body></html>");
        send(exchange, 200, "text/html", html.toString());
    }

    private void authorize(HttpExchange exchange, Map<String, String> form) throws IOException {
        String user = form.get("username");
        if (!USERS.containsKey(user)) {
            send(exchange, 401, "text/plain", "unknown user " + user);
            return;
        }
        String code = UUID.randomUUID().toString();
        Map<String, Object> grant = new HashMap<>();
        grant.put("user", user);
        grant.put("redirect_uri", form.get("redirect_uri"));
        grant.put("nonce", form.get("nonce"));
        codes.put(code, grant);
        String location = form.get("redirect_uri") + (form.get("redirect_uri").contains("?") ? "&" : "?")
                + "code=" + code + (form.get("state") == null ? "" : "&state=" + URLEncoder.encode(form.get("state"), StandardCharsets.UTF_8));
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private void token(HttpExchange exchange, Map<String, String> form) throws IOException {
        if (!clientAuthenticated(exchange, form)) {
            send(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        Map<String, Object> grant = "authorization_code".equals(form.get("grant_type")) ? codes.remove(form.get("code")) : null;
        if (grant == null || !grant.get("redirect_uri").equals(form.get("redirect_uri"))) {
            send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        String user = (String) grant.get("user");
        Map<String, Object> id = claims(user, CLIENT_ID);
        if (grant.get("nonce") != null) {
            id.put("nonce", grant.get("nonce"));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", accessToken(user, API_AUDIENCE));
        answer.put("id_token", sign(id));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", 300);
        send(exchange, 200, "application/json", json(answer));
    }

    private static boolean clientAuthenticated(HttpExchange exchange, Map<String, String> form) {
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            return pair.length == 2 && CLIENT_ID.equals(decode(pair[0])) && CLIENT_SECRET.equals(decode(pair[1]));
        }
        return CLIENT_ID.equals(form.get("client_id")) && CLIENT_SECRET.equals(form.get("client_secret"));
    }

    // --- tokens ---

    private Map<String, Object> claims(String user, String audience) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", "sub-" + user);
        claims.put("aud", audience);
        claims.put("azp", CLIENT_ID);
        claims.put("iat", now);
        claims.put("exp", now + 300);
        claims.put("preferred_username", user);
        claims.put("name", user.substring(0, 1).toUpperCase() + user.substring(1));
        claims.put("groups", USERS.get(user));
        return claims;
    }

    private String sign(Map<String, Object> claims) {
        try {
            String header = base64(json(Map.of("alg", "RS256", "typ", "JWT", "kid", "test-key")).getBytes(StandardCharsets.UTF_8));
            String payload = base64(json(claims).getBytes(StandardCharsets.UTF_8));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + base64(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> jwk() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return Map.of("kty", "RSA", "kid", "test-key", "use", "sig", "alg", "RS256",
                "n", base64(unsigned(key.getModulus())), "e", base64(unsigned(key.getPublicExponent())));
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // --- plumbing ---

    /** JSON for the few shapes used here: maps, lists, strings and numbers. */
    static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(json(k.toString())).append(':').append(json(v)));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(json(v)));
            return out.append(']').toString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toString().toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                values.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return values;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
