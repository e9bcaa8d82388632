package io.openecma.testsupport.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generates the fuzz run's requests from a seed: mutated bodies (POST, PUT, PATCH, .search), paths,
 * filters, headers and encodings, with and without a token. Every mutated write carries at least one
 * defect that makes it invalid whatever else the random mutation did (the defect is added last), so
 * no fuzz request changes anything and every one must be answered 4xx.
 */
public final class FuzzCases {

    private static final String[] TYPES = {"Users", "Groups", "users"};
    private static final String[] RAW_IDS = {
            "%00", "a%00b", ".", "..", "%2e", "%2e%2e", "%2E%2e", "%ED%A0%80", "%ED%B0%80x", "%C0%AE%C0%AE", "%C0%80",
            "%FF", "%", "%zz", "%01", "%7F", "x%0Ay",
            // odd but valid: 2xx or 4xx are both right for these
            "a%2Fb", "%5C", "%E2%80%AE", "%F0%9F%98%80", "nobody-here", "a".repeat(2000)};
    /** RAW_IDS before this index must be refused wherever they appear. */
    private static final int HOSTILE_IDS = 17;
    private static final String[] FILTERS = {
            "userName eq \"a\u0000b\"", "userName eq \"a\\u0000b\"", "userName eq \"\\ud800\"", "userName eq \"\\udc00x\"",
            "userName eq \"x\"", "displayName eq \"nope\"", "userName sw \"a\"", "emails[type eq \"work\"].value eq \"a@b\"",
            "(userName eq \"a\") or (userName eq \"b\")", "not (userName pr)", "userName eq", "userName eq \"",
            "((((((((((((((((((((userName pr))))))))))))))))))))", "userName gt 5", "meta.lastModified gt \"2020-01-01T00:00:00Z\"",
            "externalId eq null", "userName eq \"x\" and", "userName co \"%\"", "userName eq \"'; drop table cs_object;--\""};
    private static final String USER = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"fuzz-%d\","
            + "\"name\":{\"givenName\":\"F\",\"familyName\":\"Z\"},\"emails\":[{\"value\":\"f%d@example.com\",\"type\":\"work\","
            + "\"primary\":true}],\"active\":true}";
    private static final String PATCH = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
            + "[{\"op\":\"replace\",\"path\":\"name.givenName\",\"value\":\"G%d\"}]}";
    private static final List<String> DEFECTS = List.of("nul-escape", "raw-nul", "lone-surrogate-escape",
            "lone-surrogate-bytes", "trailing-data", "truncated", "not-json", "wrong-top-level");

    private final Random random;
    private final String host;
    private final String base;
    private final String token;
    private final String foreignToken;
    private int counter;

    /**
     * @param host         the Host header valid requests carry ("localhost:8585")
     * @param base         the connector's SCIM root ("/ecma2host_HR/scim")
     * @param token        the connector's bearer token
     * @param foreignToken a token that is not this connector's (another connector's, or any string)
     */
    public FuzzCases(long seed, String host, String base, String token, String foreignToken) {
        this.random = new Random(seed);
        this.host = host;
        this.base = base;
        this.token = token;
        this.foreignToken = foreignToken;
    }

    public FuzzCase next() {
        counter++;
        return switch (random.nextInt(12)) {
            case 0, 1 -> write("POST", base + "/" + type(), mutate(String.format(USER, counter, counter)));
            case 2 -> write("PUT", base + "/Users/" + id(), mutate(String.format(USER, counter, counter)));
            case 3 -> write("PATCH", base + "/Users/" + id(), mutate(String.format(PATCH, counter)));
            case 4 -> search();
            case 5, 6 -> filter();
            case 7 -> path();
            case 8 -> header();
            case 9 -> encoding();
            case 10 -> authorization();
            default -> valid();
        };
    }

    /** A write whose body carries a defect; the token is usually right, sometimes missing or foreign. */
    private FuzzCase write(String method, String path, byte[] body) {
        return request("write-" + method.toLowerCase(), method, path, authHeader(0.8), "application/scim+json", body, true);
    }

    private FuzzCase search() {
        String[] bodies = {"[]", "\"x\"", "42", "null", "true", "[{\"filter\":\"userName pr\"}]",
                "{\"filter\":\"userName eq \\\"a\\u0000b\\\"\"}", "{\"filter\":\"userName eq \\\"\\ud800\\\"\"}",
                "{\"filter\":\"userName pr\"} trailing", "{\"attributes\":\"userName\"}", "{\"count\":\"many\"}",
                "{\"filter\":42}", "{\"startIndex\":-5,\"count\":-1}"};
        byte[] body = bodies[random.nextInt(bodies.length)].getBytes(StandardCharsets.UTF_8);
        boolean mutated = random.nextInt(4) == 0;
        // a randomly mutated body may become valid by chance: then 2xx is right too
        boolean hostile = !mutated && !new String(body, StandardCharsets.UTF_8).startsWith("{\"startIndex\"");
        return request("search", "POST", base + "/" + type() + "/.search", authHeader(0.9), "application/scim+json",
                mutated ? mutateBytes(body) : body, hostile);
    }

    private FuzzCase filter() {
        String filter = FILTERS[random.nextInt(FILTERS.length)];
        if (random.nextBoolean()) {
            filter = new String(mutateBytes(filter.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
        String encoded = encode(filter.getBytes(StandardCharsets.UTF_8));
        if (random.nextInt(6) == 0) {
            encoded += "%ED%A0%80"; // a lone surrogate, as a client that encodes UTF-16 text naively sends it
        }
        // reads only: 200 or 400 are both right, a 5xx is not
        return request("filter", "GET", base + "/" + type() + "?filter=" + encoded
                + (random.nextInt(5) == 0 ? "&count=" + random.nextInt(-5, 2000) : ""), authHeader(0.9), null, null, false);
    }

    private FuzzCase path() {
        int pick = random.nextInt(RAW_IDS.length);
        String id = RAW_IDS[pick];
        String[] shapes = {base + "/Users/" + id, base + "/Users/" + id + "/" + id, base + "/" + id + "/" + id + "/q/health",
                base + "/Users/%2e%2e/%2e%2e/%2e%2e/q/health", "/scim/v2/" + id + "/Users", "/ecma2host_" + id + "/scim/Users",
                base + "/Schemas/" + id, base + "/ResourceTypes/" + id};
        String path = shapes[random.nextInt(shapes.length)];
        String method = new String[]{"GET", "DELETE", "GET", "PROPFIND", "OPTIONS"}[random.nextInt(5)];
        boolean hostile = pick < HOSTILE_IDS || path.contains("%2e%2e");
        return request("path", method, path, authHeader(0.8), null, null, hostile);
    }

    private FuzzCase header() {
        String auth = "Authorization: Bearer " + token + "\r\n";
        String get = "GET " + base + "/Users?count=1 HTTP/1.1\r\n";
        return switch (random.nextInt(9)) {
            case 0 -> raw("header-no-host", get + auth + "Connection: close\r\n\r\n", true, false);
            case 1 -> raw("header-nul", get + "Host: " + host + "\r\n" + auth + "X-Fuzz: a\u0000b\r\nConnection: close\r\n\r\n",
                    true, true);
            case 2 -> raw("header-oversized", get + "Host: " + host + "\r\n" + auth + "X-Fuzz: " + "x".repeat(40_000)
                    + "\r\nConnection: close\r\n\r\n", true, true);
            case 3 -> raw("header-host-injection", get + "Host: evil.example\u0000.com\r\n" + auth + "Connection: close\r\n\r\n",
                    true, true);
            case 4 -> request("header-accept", "GET", base + "/Users?count=1", auth + "Accept: text/html\r\n", null, null, false);
            case 5 -> raw("header-content-length", "POST " + base + "/Users HTTP/1.1\r\nHost: " + host + "\r\n" + auth
                    + "Content-Type: application/scim+json\r\nContent-Length: -1\r\nConnection: close\r\n\r\n{}", true, true);
            case 6 -> raw("header-content-length", "POST " + base + "/Users HTTP/1.1\r\nHost: " + host + "\r\n" + auth
                    + "Content-Type: application/scim+json\r\nContent-Length: 2\r\nContent-Length: 3\r\nConnection: close\r\n\r\n{}",
                    true, true);
            case 7 -> request("header-content-type", "POST", base + "/Users", auth,
                    new String[]{"text/plain", "application/xml", "application/scim+json; charset=utf-16", "*/*", ""}
                            [random.nextInt(5)], defective(String.format(USER, counter, counter).getBytes(StandardCharsets.UTF_8)), true);
            // obsolete line folding: the codec may join the lines (then the request is valid) or refuse it
            default -> raw("header-folding", get + "Host: " + host + "\r\n" + auth + "X-Fuzz: a\r\n b\r\nConnection: close\r\n\r\n",
                    false, true);
        };
    }

    private FuzzCase encoding() {
        String head = "POST " + base + "/Users HTTP/1.1\r\nHost: " + host + "\r\n" + authHeader(0.8)
                + "Content-Type: application/scim+json\r\nConnection: close\r\n";
        byte[] body = defective(String.format(USER, counter, counter).getBytes(StandardCharsets.UTF_8));
        String text = new String(body, StandardCharsets.ISO_8859_1);
        return switch (random.nextInt(5)) {
            case 0 -> raw("chunked-not-chunked", head + "Transfer-Encoding: chunked\r\n\r\n" + text, true, false);
            case 1 -> raw("chunked-valid", head + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length)
                    + "\r\n" + text + "\r\n0\r\n\r\n", true, false);
            case 2 -> raw("chunked-and-length", head + "Transfer-Encoding: chunked\r\nContent-Length: " + body.length
                    + "\r\n\r\n" + text, true, true);
            case 3 -> raw("content-encoding", head + "Content-Encoding: gzip\r\nContent-Length: " + body.length + "\r\n\r\n"
                    + text, true, false);
            default -> raw("transfer-encoding-unknown", head + "Transfer-Encoding: gzip, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
                    true, true);
        };
    }

    private FuzzCase authorization() {
        String[] values = {"", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer " + foreignToken, "Bearer " + token + "x",
                "bearer " + token.toUpperCase(), "Bearer " + "t".repeat(8000), "Bearer \u00e9\u00e8", "Token " + token};
        String value = values[random.nextInt(values.length)];
        return request("authorization", random.nextBoolean() ? "GET" : "DELETE", base + "/Users/" + id(),
                value.isEmpty() ? "" : "Authorization: " + value + "\r\n", null, null, true);
    }

    private FuzzCase valid() {
        String[] paths = {"/Users?count=2", "/Users?filter=" + encode("userName eq \"nobody\"".getBytes(StandardCharsets.UTF_8)),
                "/Groups?count=1", "/Schemas", "/ServiceProviderConfig", "/ResourceTypes"};
        return request("valid", "GET", base + paths[random.nextInt(paths.length)], "Authorization: Bearer " + token + "\r\n",
                null, null, false);
    }

    private FuzzCase request(String kind, String method, String path, String auth, String contentType, byte[] body,
                             boolean hostile) {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ").append(host)
                .append("\r\n").append(auth).append("Connection: close\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.writeBytes(body);
        }
        return new FuzzCase(kind, out.toByteArray(), hostile, false);
    }

    private static FuzzCase raw(String kind, String request, boolean hostile, boolean beforeApplication) {
        return new FuzzCase(kind, request.getBytes(StandardCharsets.ISO_8859_1), hostile, beforeApplication);
    }

    private String authHeader(double withToken) {
        double r = random.nextDouble();
        if (r < withToken) {
            return "Authorization: Bearer " + token + "\r\n";
        }
        return r < withToken + (1 - withToken) / 2 ? "" : "Authorization: Bearer " + foreignToken + "\r\n";
    }

    private String type() {
        return TYPES[random.nextInt(TYPES.length)];
    }

    private String id() {
        return random.nextInt(3) == 0 ? RAW_IDS[random.nextInt(RAW_IDS.length)] : "fuzz-" + counter;
    }

    /** Random byte-level mutations, then one definite defect. */
    private byte[] mutate(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        if (random.nextBoolean()) {
            body = mutateBytes(body);
        }
        return defective(body);
    }

    private byte[] mutateBytes(byte[] body) {
        byte[] copy = body.clone();
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips && copy.length > 0; i++) {
            int at = random.nextInt(copy.length);
            copy[at] = switch (random.nextInt(4)) {
                case 0 -> (byte) random.nextInt(256);
                case 1 -> '"';
                case 2 -> '\\';
                default -> (byte) (copy[at] ^ (1 << random.nextInt(8)));
            };
        }
        return copy;
    }

    private byte[] defective(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int quote = text.indexOf("\"fuzz-");
        int at = quote < 0 ? Math.max(0, text.length() / 2) : quote + 1;
        String defect = DEFECTS.get(random.nextInt(DEFECTS.size()));
        String result = switch (defect) {
            case "nul-escape" -> text.substring(0, at) + "\\u0000" + text.substring(at);
            case "raw-nul" -> text.substring(0, at) + "\u0000" + text.substring(at);
            case "lone-surrogate-escape" -> text.substring(0, at) + (random.nextBoolean() ? "\\ud800" : "\\udfff") + text.substring(at);
            case "lone-surrogate-bytes" -> text.substring(0, at) + "\u00ed\u00a0\u0080" + text.substring(at);
            case "trailing-data" -> text + new String[]{" {}", "x", "\u0000", "]", " \"more\"", "{\"a\":1}"}[random.nextInt(6)];
            case "truncated" -> text.substring(0, Math.max(1, at));
            case "not-json" -> "userName=fuzz&active=true";
            default -> new String[]{"[" + text + "]", "\"" + counter + "\"", "null", "7"}[random.nextInt(4)];
        };
        return result.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Percent-encodes every byte outside the unreserved set (a NUL becomes %00, invalid UTF-8 stays invalid). */
    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
