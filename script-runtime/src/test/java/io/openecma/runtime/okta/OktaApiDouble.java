package io.openecma.runtime.okta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTPS double of the part of Okta's Users API (/api/v1/users) connector scripts call, as Okta
 * documents it: {@code Authorization: SSWS <token>}; list with {@code filter=status eq "…"},
 * {@code limit} and an opaque {@code after} cursor, paged by {@code Link: <…>; rel="next"} headers;
 * create ({@code POST ?activate=true}: without a password the user is PROVISIONED), partial profile
 * update ({@code POST /users/{id}}), lifecycle activate/deactivate, and DELETE (a user not yet
 * DEPROVISIONED is deactivated by the first DELETE, removed by the second). A user is addressed by id
 * or login. Errors are Okta's JSON ({@code errorCode}, {@code errorSummary}, {@code errorCauses}).
 * The user schema ({@code GET /api/v1/meta/schemas/user/default}) has base and custom properties.
 * Repeated slashes in a path are tolerated and recorded. Every request is recorded for assertions.
 */
public final class OktaApiDouble implements AutoCloseable {

    /** One request as the double received it. */
    public record Request(String method, String rawPath, String query, String authorization, String body) {
        public String pathAndQuery() {
            return rawPath + (query == null ? "" : "?" + query);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern USER = Pattern.compile("/api/v1/users/([^/]+)");
    private static final Pattern LIFECYCLE = Pattern.compile("/api/v1/users/([^/]+)/lifecycle/(activate|deactivate)");

    private final HttpsServer server;
    private final String token;
    private final Map<String, ObjectNode> users = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ids = new AtomicInteger(100);

    private OktaApiDouble(HttpsServer server, String token) {
        this.server = server;
        this.token = token;
    }

    /** Listens on 127.0.0.1:port (0: any free port) with the certificate's key. */
    public static OktaApiDouble start(SelfSignedServerCertificate certificate, String token, int port) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
        server.setExecutor(Executors.newFixedThreadPool(2));
        OktaApiDouble api = new OktaApiDouble(server, token);
        server.createContext("/", api::handle);
        server.start();
        return api;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Adds a user as an administrator would; returns its id. */
    public String addUser(String status, String login, String firstName, String lastName, String department) {
        ObjectNode profile = JSON.createObjectNode().put("login", login).put("email", login)
                .put("firstName", firstName).put("lastName", lastName).put("department", department);
        return store(profile, status).get("id").asText();
    }

    /** The user with this id or login, or null. */
    public JsonNode user(String idOrLogin) {
        ObjectNode u = find(idOrLogin);
        return u == null ? null : u.deepCopy();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            java.net.URI target = ex.getRequestURI();
            // A request line "GET //api/v1/users" parses as authority "api": put the path back together.
            String rawPath = target.getScheme() == null && target.getRawAuthority() != null
                    ? "//" + target.getRawAuthority() + target.getRawPath() : target.getRawPath();
            String query = target.getRawQuery();
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            requests.add(new Request(ex.getRequestMethod(), rawPath, query, auth, body));
            if (!("SSWS " + token).equals(auth)) {
                error(ex, 401, "E0000011", "Invalid token provided");
                return;
            }
            String path = rawPath.replaceAll("/{2,}", "/");
            route(ex, ex.getRequestMethod(), URLDecoder.decode(path, StandardCharsets.UTF_8), params(query), body);
        } catch (RuntimeException e) {
            error(ex, 500, "E0000009", "Internal Server Error: " + e);
        }
    }

    private void route(HttpExchange ex, String method, String path, Map<String, String> q, String body) throws IOException {
        Matcher lifecycle = LIFECYCLE.matcher(path);
        Matcher user = USER.matcher(path);
        if (path.equals("/api/v1/meta/schemas/user/default") && method.equals("GET")) {
            json(ex, 200, userSchema());
        } else if (path.equals("/api/v1/users") && method.equals("GET")) {
            list(ex, q);
        } else if (path.equals("/api/v1/users") && method.equals("POST")) {
            create(ex, q, body);
        } else if (lifecycle.matches() && method.equals("POST")) {
            ObjectNode u = find(lifecycle.group(1));
            if (u == null) {
                notFound(ex, lifecycle.group(1));
                return;
            }
            setStatus(u, lifecycle.group(2).equals("activate") ? "PROVISIONED" : "DEPROVISIONED");
            json(ex, 200, JSON.createObjectNode());
        } else if (user.matches()) {
            ObjectNode u = find(user.group(1));
            if (u == null) {
                notFound(ex, user.group(1));
            } else if (method.equals("GET")) {
                json(ex, 200, u);
            } else if (method.equals("POST") || method.equals("PUT")) {
                update(ex, u, body, method.equals("PUT"));
            } else if (method.equals("DELETE")) {
                if ("DEPROVISIONED".equals(u.get("status").asText())) {
                    users.remove(u.get("id").asText());
                } else {
                    setStatus(u, "DEPROVISIONED");
                }
                ex.sendResponseHeaders(204, -1);
            } else {
                error(ex, 405, "E0000022", "The endpoint does not support the provided HTTP method");
            }
        } else {
            error(ex, 404, "E0000022", "The endpoint does not support the provided HTTP method");
        }
    }

    /** The user schema's shape: base and custom profile properties (a JSON Schema each). */
    private static JsonNode userSchema() {
        ObjectNode schema = JSON.createObjectNode().put("id", "https://double/meta/schemas/user/default")
                .put("name", "user").put("title", "User");
        ObjectNode definitions = schema.putObject("definitions");
        ObjectNode base = definitions.putObject("base").put("id", "#base").put("type", "object").putObject("properties");
        for (String p : List.of("login", "firstName", "lastName", "email", "department")) {
            base.putObject(p).put("title", p).put("type", "string");
        }
        definitions.putObject("custom").put("id", "#custom").put("type", "object").putObject("properties")
                .putObject("costCenterCode").put("title", "Cost center code").put("type", "string");
        return schema;
    }

    private void list(HttpExchange ex, Map<String, String> q) throws IOException {
        String filter = q.get("filter");
        String status = null;
        if (filter != null) {
            Matcher m = Pattern.compile("status eq \"([A-Z_]+)\"").matcher(filter);
            if (!m.matches()) {
                error(ex, 400, "E0000031", "Invalid search criteria.");
                return;
            }
            status = m.group(1);
        }
        int limit = q.containsKey("limit") ? Integer.parseInt(q.get("limit")) : 200;
        String after = q.get("after");
        List<ObjectNode> matching = new ArrayList<>();
        synchronized (users) {
            for (ObjectNode u : users.values()) {
                if (status == null || status.equals(u.get("status").asText())) {
                    matching.add(u);
                }
            }
        }
        int start = 0;
        if (after != null) {
            while (start < matching.size() && matching.get(start).get("id").asText().compareTo(after) <= 0) {
                start++;
            }
        }
        List<ObjectNode> page = matching.subList(start, Math.min(matching.size(), start + limit));
        String base = "https://" + ex.getRequestHeaders().getFirst("Host") + "/api/v1/users?"
                + (filter == null ? "" : "filter=" + encode(filter) + "&") + "limit=" + limit;
        ex.getResponseHeaders().add("link", "<" + base + (after == null ? "" : "&after=" + after) + ">; rel=\"self\"");
        if (start + limit < matching.size()) {
            ex.getResponseHeaders().add("link", "<" + base + "&after=" + page.get(page.size() - 1).get("id").asText()
                    + ">; rel=\"next\"");
        }
        ArrayNode array = JSON.createArrayNode();
        page.forEach(array::add);
        json(ex, 200, array);
    }

    private void create(HttpExchange ex, Map<String, String> q, String body) throws IOException {
        JsonNode request = JSON.readTree(body.isEmpty() ? "{}" : body);
        JsonNode profile = request.get("profile");
        List<String> missing = new ArrayList<>();
        for (String field : List.of("login", "email", "firstName", "lastName")) {
            if (profile == null || !profile.hasNonNull(field) || profile.get(field).asText().isBlank()) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            error(ex, 400, "E0000001", "Api validation failed: " + missing.get(0),
                    missing.stream().map(f -> f + ": The field cannot be left blank").toList());
            return;
        }
        if (find(profile.get("login").asText()) != null) {
            error(ex, 400, "E0000001", "Api validation failed: login",
                    List.of("login: An object with this field already exists in the current organization"));
            return;
        }
        boolean activate = !"false".equals(q.get("activate"));
        json(ex, 200, store(((ObjectNode) profile).deepCopy(), activate ? "PROVISIONED" : "STAGED"));
    }

    private void update(HttpExchange ex, ObjectNode u, String body, boolean replace) throws IOException {
        JsonNode request = JSON.readTree(body.isEmpty() ? "{}" : body);
        if (!(request.get("profile") instanceof ObjectNode changes)) {
            error(ex, 400, "E0000001", "Api validation failed: profile", List.of("profile: The field cannot be left blank"));
            return;
        }
        ObjectNode profile = (ObjectNode) u.get("profile");
        if (replace) {
            profile.removeAll();
        }
        profile.setAll(changes);
        u.put("lastUpdated", Instant.now().toString());
        json(ex, 200, u);
    }

    private ObjectNode store(ObjectNode profile, String status) {
        String id = "00u" + ids.incrementAndGet() + "okta";
        String now = Instant.now().toString();
        ObjectNode u = JSON.createObjectNode().put("id", id).put("status", status).put("created", now);
        u.put("activated", "STAGED".equals(status) ? null : now).put("statusChanged", now).putNull("lastLogin")
                .put("lastUpdated", now).putNull("passwordChanged");
        u.putObject("type").put("id", "oty1double");
        u.set("profile", profile);
        u.putObject("credentials").putObject("provider").put("type", "OKTA").put("name", "OKTA");
        u.putObject("_links").putObject("self").put("href", "/api/v1/users/" + id);
        users.put(id, u);
        return u;
    }

    private void setStatus(ObjectNode u, String status) {
        u.put("status", status).put("statusChanged", Instant.now().toString());
    }

    private ObjectNode find(String idOrLogin) {
        synchronized (users) {
            ObjectNode byId = users.get(idOrLogin);
            if (byId != null) {
                return byId;
            }
            return users.values().stream().filter(u -> idOrLogin.equalsIgnoreCase(u.get("profile").path("login").asText()))
                    .findFirst().orElse(null);
        }
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                params.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void notFound(HttpExchange ex, String id) throws IOException {
        error(ex, 404, "E0000007", "Not found: Resource not found: " + id + " (User)");
    }

    private void error(HttpExchange ex, int status, String code, String summary) throws IOException {
        error(ex, status, code, summary, List.of());
    }

    private void error(HttpExchange ex, int status, String code, String summary, List<String> causes) throws IOException {
        ObjectNode e = JSON.createObjectNode().put("errorCode", code).put("errorSummary", summary).put("errorLink", code)
                .put("errorId", "oae" + ids.incrementAndGet());
        ArrayNode c = e.putArray("errorCauses");
        causes.forEach(s -> c.addObject().put("errorSummary", s));
        json(ex, status, e);
    }

    private static void json(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }
}
