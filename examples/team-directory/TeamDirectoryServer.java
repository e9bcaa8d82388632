import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * "Team directory": users and groups with a REST API, the target of the sample connector
 * examples/connectors/directory. One file, plain JDK, data in memory, empty at start.
 *
 *   java examples/team-directory/TeamDirectoryServer.java [--port 8091] [--api-key demo-key]
 *
 * The directory chooses every object's id (a UUID) when it creates it. A user's userName is unique
 * (case-insensitive); a group's members are ids of existing users, and deleting a user removes it
 * from every group it was in (those groups count as changed). Deleted objects stay as tombstones so
 * a delta read reports them. Every call but GET /health needs the header X-Api-Key.
 *
 *   Users:  id, userName, displayName, givenName, familyName, email, active (boolean), extra
 *   Groups: id, displayName, members (list of user ids), extra
 *   Both:   createdFor (a key the creator may give, to find its own object again), modified, deleted
 *   ("extra" is opaque text the directory keeps as given.)
 *
 *   GET    /api/{users|groups}?offset=N&limit=M[&changedSince=T][&userName=U][&createdFor=K]
 *                                  {items, total, nextOffset|null, serverTime} (changedSince includes tombstones)
 *   POST   /api/{users|groups}      201 with the object and its new id; 409 {"error":"exists"} for a taken userName
 *   GET    /api/{users|groups}/{id} 404 when missing or deleted
 *   PATCH  /api/{users|groups}/{id} fields given are set (members: the whole list); 400 {"error":"unknown-member"}
 *   DELETE /api/{users|groups}/{id} 204
 *   GET    /health
 */
public final class TeamDirectoryServer {

    private static final Set<String> USER_FIELDS = Set.of("userName", "displayName", "givenName", "familyName", "email",
            "active", "extra", "createdFor");
    private static final Set<String> GROUP_FIELDS = Set.of("displayName", "members", "extra", "createdFor");

    private final Map<String, Map<String, Object>> users = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
    private final String apiKey;
    private long clock;

    TeamDirectoryServer(String apiKey) {
        this.apiKey = apiKey;
    }

    public static void main(String[] args) throws IOException {
        int port = 8091;
        String key = System.getenv().getOrDefault("TEAM_DIRECTORY_API_KEY", "demo-key");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--api-key" -> key = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        HttpServer server = new TeamDirectoryServer(key).start(port);
        System.out.println("team-directory listening on http://localhost:" + server.getAddress().getPort());
    }

    HttpServer start(int port) throws IOException {
        // Without TCP_NODELAY the JDK server's reply body waits for the client's delayed ACK of its
        // headers (about 40 ms per call on Linux); see LegacyHrServer. Read when the server class loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.start();
        return server;
    }

    private synchronized void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (path.equals("/health")) {
                send(ex, 200, Map.of("status", "up"));
                return;
            }
            if (!apiKey.equals(ex.getRequestHeaders().getFirst("X-Api-Key"))) {
                send(ex, 401, error("unauthorized", "missing or wrong X-Api-Key"));
                return;
            }
            String[] parts = path.replaceAll("^/+|/+$", "").split("/");
            boolean isUsers = parts.length >= 2 && parts[1].equals("users");
            if (parts.length < 2 || parts.length > 3 || !parts[0].equals("api") || !(isUsers || parts[1].equals("groups"))) {
                send(ex, 404, error("not-found", "no such resource " + path));
                return;
            }
            Map<String, Map<String, Object>> store = isUsers ? users : groups;
            if (parts.length == 2) {
                switch (method) {
                    case "GET" -> list(ex, store);
                    case "POST" -> create(ex, isUsers);
                    default -> send(ex, 405, error("method", method + " not allowed"));
                }
                return;
            }
            String id = URLDecoder.decode(parts[2], StandardCharsets.UTF_8);
            Map<String, Object> object = store.get(id);
            if (object == null || Boolean.TRUE.equals(object.get("deleted"))) {
                send(ex, 404, error("not-found", "no " + (isUsers ? "user " : "group ") + id));
                return;
            }
            switch (method) {
                case "GET" -> send(ex, 200, object);
                case "PATCH" -> {
                    Map<String, Object> in = Json.parseObject(body(ex));
                    if (isUsers) {
                        checkUser(in, id);
                    } else {
                        checkGroup(in);
                    }
                    object.putAll(in);
                    touch(object);
                    send(ex, 200, object);
                }
                case "DELETE" -> {
                    object.put("deleted", true);
                    touch(object);
                    if (isUsers) {
                        leaveGroups(id);
                    }
                    send(ex, 204, null);
                }
                default -> send(ex, 405, error("method", method + " " + path + " not allowed"));
            }
        } catch (Conflict e) {
            send(ex, 409, error("exists", e.getMessage()));
        } catch (UnknownMember e) {
            send(ex, 400, error("unknown-member", e.getMessage()));
        } catch (IllegalArgumentException e) {
            send(ex, 400, error("bad-request", e.getMessage()));
        } catch (RuntimeException e) {
            send(ex, 500, error("internal", String.valueOf(e)));
        }
    }

    private void list(HttpExchange ex, Map<String, Map<String, Object>> store) throws IOException {
        Map<String, String> q = query(ex);
        int offset = Integer.parseInt(q.getOrDefault("offset", "0"));
        int limit = Integer.parseInt(q.getOrDefault("limit", "100"));
        String since = q.get("changedSince");
        String userName = q.get("userName");
        String createdFor = q.get("createdFor");
        List<Map<String, Object>> selected = new ArrayList<>();
        for (Map<String, Object> o : store.values()) {
            boolean deleted = Boolean.TRUE.equals(o.get("deleted"));
            if (since == null ? deleted : ((String) o.get("modified")).compareTo(since) <= 0) {
                continue;
            }
            if (userName != null && !userName.equalsIgnoreCase(String.valueOf(o.get("userName")))) {
                continue;
            }
            if (createdFor != null && !createdFor.equals(o.get("createdFor"))) {
                continue;
            }
            selected.add(o);
        }
        if (since != null) {
            selected.sort((a, b) -> ((String) a.get("modified")).compareTo((String) b.get("modified")));
        }
        int end = Math.min(selected.size(), offset + Math.max(1, limit));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", offset >= selected.size() ? List.of() : selected.subList(offset, end));
        page.put("total", selected.size());
        page.put("nextOffset", end < selected.size() ? end : null);
        page.put("serverTime", stamp(clock));
        send(ex, 200, page);
    }

    private void create(HttpExchange ex, boolean isUser) throws IOException {
        Map<String, Object> in = Json.parseObject(body(ex));
        Map<String, Object> o = new LinkedHashMap<>();
        String id = UUID.randomUUID().toString();
        o.put("id", id);
        if (isUser) {
            checkUser(in, null);
            if (!(in.get("userName") instanceof String name) || name.isBlank()) {
                throw new IllegalArgumentException("userName is required");
            }
            for (String f : List.of("userName", "displayName", "givenName", "familyName", "email", "extra", "createdFor")) {
                o.put(f, "");
            }
            o.put("active", true);
        } else {
            checkGroup(in);
            if (!(in.get("displayName") instanceof String name) || name.isBlank()) {
                throw new IllegalArgumentException("displayName is required");
            }
            o.put("displayName", "");
            o.put("members", new ArrayList<String>());
            o.put("extra", "");
            o.put("createdFor", "");
        }
        o.putAll(in);
        o.put("deleted", false);
        touch(o);
        (isUser ? users : groups).put(id, o);
        send(ex, 201, o);
    }

    /** Known fields of the right type, and a userName no other user has. */
    private void checkUser(Map<String, Object> in, String self) {
        for (Map.Entry<String, Object> e : in.entrySet()) {
            if (!USER_FIELDS.contains(e.getKey())) {
                throw new IllegalArgumentException("unknown field " + e.getKey());
            }
            boolean ok = e.getKey().equals("active") ? e.getValue() instanceof Boolean : e.getValue() instanceof String;
            if (!ok) {
                throw new IllegalArgumentException(e.getKey() + " must be " + (e.getKey().equals("active") ? "a boolean" : "text"));
            }
        }
        if (in.get("userName") instanceof String name) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("userName cannot be empty");
            }
            for (Map<String, Object> u : users.values()) {
                if (!Boolean.TRUE.equals(u.get("deleted")) && !u.get("id").equals(self)
                        && name.toLowerCase(Locale.ROOT).equals(String.valueOf(u.get("userName")).toLowerCase(Locale.ROOT))) {
                    throw new Conflict("a user with userName " + name + " exists (" + u.get("id") + ")");
                }
            }
        }
    }

    /** Known fields; members a list of ids of users that exist (duplicates dropped). */
    private void checkGroup(Map<String, Object> in) {
        for (Map.Entry<String, Object> e : in.entrySet()) {
            if (!GROUP_FIELDS.contains(e.getKey())) {
                throw new IllegalArgumentException("unknown field " + e.getKey());
            }
            if (!e.getKey().equals("members") && !(e.getValue() instanceof String)) {
                throw new IllegalArgumentException(e.getKey() + " must be text");
            }
        }
        if (in.containsKey("members")) {
            if (!(in.get("members") instanceof List<?> given)) {
                throw new IllegalArgumentException("members must be a list of user ids");
            }
            List<String> members = new ArrayList<>();
            for (Object m : given) {
                Map<String, Object> user = m instanceof String s ? users.get(s) : null;
                if (user == null || Boolean.TRUE.equals(user.get("deleted"))) {
                    throw new UnknownMember("no user " + m + " to be a member");
                }
                if (!members.contains(m)) {
                    members.add((String) m);
                }
            }
            in.put("members", members);
        }
    }

    /** A deleted user is in no group any more; each group it left has changed. */
    private void leaveGroups(String userId) {
        for (Map<String, Object> g : groups.values()) {
            @SuppressWarnings("unchecked")
            List<String> members = (List<String>) g.get("members");
            if (!Boolean.TRUE.equals(g.get("deleted")) && members.remove(userId)) {
                touch(g);
            }
        }
    }

    /** Strictly increasing modification stamps, so "changed since" never misses two changes in one microsecond. */
    private void touch(Map<String, Object> object) {
        long now = Math.max(System.currentTimeMillis() * 1000, clock + 1);
        clock = now;
        object.put("modified", stamp(now));
    }

    /** Fixed-width UTC microseconds, so that text order is time order. */
    private static String stamp(long micros) {
        return STAMP.format(Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000));
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static final class Conflict extends RuntimeException {
        Conflict(String message) {
            super(message);
        }
    }

    private static final class UnknownMember extends RuntimeException {
        UnknownMember(String message) {
            super(message);
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
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Just enough JSON for this API: objects, lists, strings, numbers, booleans and null. */
    static final class Json {

        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Map<String, Object> parseObject(String text) {
            Json p = new Json(text == null ? "" : text.trim());
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
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                ws();
                if (peek(']')) {
                    return l;
                }
                do {
                    l.add(value());
                    ws();
                } while (peek(','));
                expect(']');
                return l;
            }
            if (c == '"') {
                return string();
            }
            for (String word : List.of("true", "false", "null")) {
                if (s.startsWith(word, i)) {
                    i += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
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
