import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * "Legacy HR": a tiny user store with a REST API, the target of the sample REST connector
 * (examples/connectors/rest). One file, plain JDK, data in memory.
 *
 *   java examples/legacy-hr/LegacyHrServer.java [--port 8090] [--api-key demo-key] [--latency-ms 0]
 *
 * Every call but GET /health needs the header X-Api-Key. Users: employeeId (the key), userName,
 * firstName, lastName, email, department, title, status (active | inactive), modified (UTC,
 * round-trip format), deleted. Deleted users stay as tombstones so a delta read reports them.
 *
 *   GET    /api/users?offset=N&limit=M[&changedSince=T]  {users, total, nextOffset|null, serverTime}
 *                                                          (changedSince includes tombstones)
 *   GET    /api/users/{id}                                404 when missing or deleted
 *   POST   /api/users                                     201; 409 when the id exists
 *   PATCH  /api/users/{id}                                fields given are set; "" clears
 *   PUT    /api/users/{id}/status   {"status":"inactive"}
 *   DELETE /api/users/{id}                                204
 *   POST   /api/users/{id}/password {"newPassword":..[, "oldPassword":..]}
 *                                   400 {"error":"policy"} shorter than 8; 403 {"error":"old-password"}
 *   PUT    /admin/outage {"down":true}                    every /api call answers 503 while down
 *   GET    /health
 */
public final class LegacyHrServer {

    private static final List<String> FIELDS = List.of("employeeId", "userName", "firstName", "lastName", "email",
            "department", "title", "status");
    private static final int MIN_PASSWORD = 8;

    private final Map<String, Map<String, Object>> users = new TreeMap<>();
    private final Map<String, String> passwordHashes = new TreeMap<>();
    private final String apiKey;
    private final long latencyMillis;
    private volatile boolean down;
    private long clock;

    LegacyHrServer(String apiKey) {
        this(apiKey, 0);
    }

    /** @param latencyMillis how long every /api call takes, as a slow legacy system would (for benchmarks) */
    LegacyHrServer(String apiKey, long latencyMillis) {
        this.apiKey = apiKey;
        this.latencyMillis = latencyMillis;
        seed("1001", "ada.lovelace", "Ada", "Lovelace", "Engineering", "Analyst");
        seed("1002", "alan.turing", "Alan", "Turing", "Research", "Scientist");
        seed("1003", "grace.hopper", "Grace", "Hopper", "Engineering", "Admiral");
    }

    public static void main(String[] args) throws IOException {
        int port = 8090;
        String key = System.getenv().getOrDefault("LEGACY_HR_API_KEY", "demo-key");
        long latency = Long.parseLong(System.getenv().getOrDefault("LEGACY_HR_LATENCY_MS", "0"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--api-key" -> key = args[i + 1];
                case "--latency-ms" -> latency = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        HttpServer server = new LegacyHrServer(key, latency).start(port);
        System.out.println("legacy-hr listening on http://localhost:" + server.getAddress().getPort());
    }

    HttpServer start(int port) throws IOException {
        // The JDK server writes a reply's headers and body in two writes; with Nagle's algorithm on,
        // the body waits for the client's delayed ACK of the headers (about 40 ms on Linux), so
        // every call on a kept-alive connection took 40 ms. Read once, when the server class loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        // Calls wait out their latency side by side; the data itself is guarded by one lock.
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(32));
        server.start();
        return server;
    }

    private void seed(String id, String userName, String first, String last, String department, String title) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("employeeId", id);
        u.put("userName", userName);
        u.put("firstName", first);
        u.put("lastName", last);
        u.put("email", userName + "@legacy-hr.example");
        u.put("department", department);
        u.put("title", title);
        u.put("status", "active");
        touch(u);
        users.put(id, u);
    }

    /** Strictly increasing modification stamps, so "changed since" never misses two changes in one millisecond. */
    private void touch(Map<String, Object> user) {
        long now = Math.max(System.currentTimeMillis() * 1000, clock + 1);
        clock = now;
        user.put("modified", stamp(now));
        user.putIfAbsent("deleted", false);
    }

    /** Fixed-width UTC microseconds, so that text order is time order (the delta watermark relies on it). */
    private static String stamp(long micros) {
        Instant t = Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000);
        return STAMP.format(t);
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private void handle(HttpExchange ex) throws IOException {
        if (latencyMillis > 0 && ex.getRequestURI().getPath().startsWith("/api/")) {
            try {
                Thread.sleep(latencyMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        handleLocked(ex);
    }

    private synchronized void handleLocked(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (path.equals("/health")) {
                send(ex, 200, Map.of("status", down ? "down" : "up"));
                return;
            }
            if (!apiKey.equals(ex.getRequestHeaders().getFirst("X-Api-Key"))) {
                send(ex, 401, error("unauthorized", "missing or wrong X-Api-Key"));
                return;
            }
            if (path.equals("/admin/outage") && method.equals("PUT")) {
                down = Boolean.TRUE.equals(MiniJson.parseObject(body(ex)).get("down"));
                send(ex, 200, Map.of("down", down));
                return;
            }
            if (down) {
                send(ex, 503, error("unavailable", "legacy-hr is down for maintenance"));
                return;
            }
            String[] parts = path.replaceAll("^/+|/+$", "").split("/");
            if (parts.length < 2 || !parts[0].equals("api") || !parts[1].equals("users")) {
                send(ex, 404, error("not-found", "no such resource " + path));
                return;
            }
            if (parts.length == 2) {
                switch (method) {
                    case "GET" -> list(ex);
                    case "POST" -> create(ex);
                    default -> send(ex, 405, error("method", method + " not allowed"));
                }
                return;
            }
            String id = URLDecoder.decode(parts[2], StandardCharsets.UTF_8);
            Map<String, Object> user = users.get(id);
            if (user == null || Boolean.TRUE.equals(user.get("deleted"))) {
                send(ex, 404, error("not-found", "no user " + id));
                return;
            }
            String sub = parts.length > 3 ? parts[3] : "";
            switch (method + " " + sub) {
                case "GET " -> send(ex, 200, user);
                case "PATCH " -> update(ex, user);
                case "DELETE " -> {
                    user.put("deleted", true);
                    touch(user);
                    send(ex, 204, null);
                }
                case "PUT status" -> status(ex, user);
                case "POST password" -> password(ex, id);
                default -> send(ex, 405, error("method", method + " " + path + " not allowed"));
            }
        } catch (IllegalArgumentException e) {
            send(ex, 400, error("bad-request", e.getMessage()));
        } catch (RuntimeException e) {
            send(ex, 500, error("internal", String.valueOf(e)));
        }
    }

    private void list(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex);
        int offset = Integer.parseInt(q.getOrDefault("offset", "0"));
        int limit = Integer.parseInt(q.getOrDefault("limit", "100"));
        String since = q.get("changedSince");
        List<Map<String, Object>> selected = new ArrayList<>();
        for (Map<String, Object> u : users.values()) {
            boolean deleted = Boolean.TRUE.equals(u.get("deleted"));
            if (since == null ? !deleted : ((String) u.get("modified")).compareTo(since) > 0) {
                selected.add(u);
            }
        }
        if (since != null) {
            selected.sort((a, b) -> ((String) a.get("modified")).compareTo((String) b.get("modified")));
        }
        int end = Math.min(selected.size(), offset + Math.max(1, limit));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("users", offset >= selected.size() ? List.of() : selected.subList(offset, end));
        page.put("total", selected.size());
        page.put("nextOffset", end < selected.size() ? end : null);
        page.put("serverTime", stamp(clock));
        send(ex, 200, page);
    }

    private void create(HttpExchange ex) throws IOException {
        Map<String, Object> in = MiniJson.parseObject(body(ex));
        Object id = in.get("employeeId");
        if (!(id instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("employeeId is required");
        }
        Map<String, Object> existing = users.get(s);
        if (existing != null && !Boolean.TRUE.equals(existing.get("deleted"))) {
            send(ex, 409, error("exists", "a user with employeeId " + s + " exists"));
            return;
        }
        Map<String, Object> u = new LinkedHashMap<>();
        for (String f : FIELDS) {
            u.put(f, f.equals("status") ? "active" : "");
        }
        u.put("deleted", false);
        apply(u, in);
        touch(u);
        users.put(s, u);
        passwordHashes.remove(s);
        send(ex, 201, u);
    }

    private void update(HttpExchange ex, Map<String, Object> user) throws IOException {
        Map<String, Object> in = MiniJson.parseObject(body(ex));
        if (in.containsKey("employeeId") && !user.get("employeeId").equals(in.get("employeeId"))) {
            throw new IllegalArgumentException("employeeId cannot change");
        }
        apply(user, in);
        touch(user);
        send(ex, 200, user);
    }

    private void status(HttpExchange ex, Map<String, Object> user) throws IOException {
        Object s = MiniJson.parseObject(body(ex)).get("status");
        if (!"active".equals(s) && !"inactive".equals(s)) {
            throw new IllegalArgumentException("status is active or inactive");
        }
        user.put("status", s);
        touch(user);
        send(ex, 200, user);
    }

    private void password(HttpExchange ex, String id) throws IOException {
        Map<String, Object> in = MiniJson.parseObject(body(ex));
        String next = in.get("newPassword") instanceof String s ? s : "";
        if (in.containsKey("oldPassword")) {
            String old = String.valueOf(in.get("oldPassword"));
            if (!hash(id, old).equals(passwordHashes.get(id))) {
                send(ex, 403, error("old-password", "the old password does not match"));
                return;
            }
        }
        if (next.length() < MIN_PASSWORD) {
            send(ex, 400, error("policy", "a password has at least " + MIN_PASSWORD + " characters"));
            return;
        }
        passwordHashes.put(id, hash(id, next));
        send(ex, 204, null);
    }

    private static void apply(Map<String, Object> user, Map<String, Object> in) {
        for (Map.Entry<String, Object> e : in.entrySet()) {
            if (!FIELDS.contains(e.getKey())) {
                throw new IllegalArgumentException("unknown field " + e.getKey());
            }
            if (e.getKey().equals("status") && !"active".equals(e.getValue()) && !"inactive".equals(e.getValue())) {
                throw new IllegalArgumentException("status is active or inactive");
            }
            user.put(e.getKey(), e.getValue() == null ? "" : String.valueOf(e.getValue()));
        }
    }

    private static String hash(String id, String password) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((id + ":" + password).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> error(String code, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", code);
        m.put("message", message);
        return m;
    }

    private static Map<String, String> query(HttpExchange ex) {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }

    private static String body(HttpExchange ex) throws IOException {
        return new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange ex, int status, Object body) throws IOException {
        if (body == null) {
            ex.sendResponseHeaders(status, -1);
            ex.close();
            return;
        }
        byte[] bytes = MiniJson.write(body).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Just enough JSON for this API: objects of strings, numbers, booleans and null; lists and maps out. */
    static final class MiniJson {

        private final String s;
        private int i;

        private MiniJson(String s) {
            this.s = s;
        }

        static Map<String, Object> parseObject(String text) {
            MiniJson p = new MiniJson(text == null ? "" : text.trim());
            if (p.s.isEmpty()) {
                throw new IllegalArgumentException("a JSON object is required");
            }
            Object v = p.value();
            p.ws();
            if (!(v instanceof Map<?, ?>) || p.i != p.s.length()) {
                throw new IllegalArgumentException("a single JSON object is required");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) v;
            return m;
        }

        private Object value() {
            ws();
            if (i >= s.length()) {
                throw new IllegalArgumentException("unexpected end of JSON");
            }
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                ws();
                if (peek('}')) {
                    return m;
                }
                do {
                    ws();
                    String k = string();
                    ws();
                    expect(':');
                    m.put(k, value());
                    ws();
                } while (peek(','));
                expect('}');
                return m;
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return true;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return false;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("unexpected '" + c + "' in JSON at " + i);
            }
            return Double.parseDouble(s.substring(start, i));
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (i < s.length() && s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
            expect('"');
            return b.toString();
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private boolean peek(char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw new IllegalArgumentException("expected '" + c + "' in JSON at " + i);
            }
        }

        static String write(Object v) {
            StringBuilder b = new StringBuilder();
            write(b, v);
            return b.toString();
        }

        private static void write(StringBuilder b, Object v) {
            if (v == null) {
                b.append("null");
            } else if (v instanceof String str) {
                b.append('"');
                for (char c : str.toCharArray()) {
                    switch (c) {
                        case '"' -> b.append("\\\"");
                        case '\\' -> b.append("\\\\");
                        case '\n' -> b.append("\\n");
                        case '\r' -> b.append("\\r");
                        case '\t' -> b.append("\\t");
                        default -> {
                            if (c < 0x20) {
                                b.append(String.format("\\u%04x", (int) c));
                            } else {
                                b.append(c);
                            }
                        }
                    }
                }
                b.append('"');
            } else if (v instanceof Map<?, ?> m) {
                b.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) {
                        b.append(',');
                    }
                    first = false;
                    write(b, String.valueOf(e.getKey()));
                    b.append(':');
                    write(b, e.getValue());
                }
                b.append('}');
            } else if (v instanceof List<?> l) {
                b.append('[');
                for (int k = 0; k < l.size(); k++) {
                    if (k > 0) {
                        b.append(',');
                    }
                    write(b, l.get(k));
                }
                b.append(']');
            } else {
                b.append(v);
            }
        }
    }
}
