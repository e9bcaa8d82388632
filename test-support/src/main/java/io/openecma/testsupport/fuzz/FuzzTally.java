package io.openecma.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Counts the answers of a fuzz run by status and by kind, and keeps the wrong ones: any 5xx, no
 * answer in time, a hostile request that was not refused, an error that is not a SCIM error body
 * (RFC 7644 section 3.12) or that names an internal class.
 */
public final class FuzzTally {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
    private static final Pattern INTERNALS = Pattern.compile("io\\.quarkus|io\\.vertx|org\\.jboss|java\\.lang|Exception\\b"
            + "|\\bat [a-z]+\\.[a-z]+\\.");
    private static final int EXAMPLES = 25;

    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> byKind = new TreeMap<>();
    private final Map<String, Integer> wrong = new TreeMap<>();
    private final List<String> examples = new ArrayList<>();
    private int total;
    private int codecErrorsWithoutScimBody;

    public synchronized void record(FuzzCase request, RawHttp.Answer answer) {
        total++;
        byStatus.merge(answer.status(), 1, Integer::sum);
        byKind.computeIfAbsent(request.kind(), k -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
        if (request.beforeApplication() && answer.status() >= 400 && !isScimError(answer)) {
            codecErrorsWithoutScimBody++;
        }
        String problem = problem(request, answer);
        if (problem != null) {
            wrong.merge(problem, 1, Integer::sum);
            if (examples.size() < EXAMPLES) {
                String sent = new String(request.request(), java.nio.charset.StandardCharsets.ISO_8859_1);
                examples.add(problem + ": " + answer.status() + " " + abbreviate(answer.body()) + "\n    for "
                        + abbreviate(sent.replace("\r\n", " | ")));
            }
        }
    }

    private static String problem(FuzzCase request, RawHttp.Answer answer) {
        int status = answer.status();
        if (status == RawHttp.TIMEOUT) {
            return "no answer in time";
        }
        if (status == RawHttp.NO_ANSWER) {
            return request.beforeApplication() ? null : "connection closed without an answer";
        }
        if (status >= 500) {
            return "answered " + (status == 503 ? "503 (wrong: the request cannot succeed later)" : status);
        }
        if (request.hostile() && status < 400) {
            return "hostile request not refused";
        }
        if (status >= 400 && INTERNALS.matcher(answer.body()).find()) {
            return "error names internals";
        }
        if (status >= 400 && !request.beforeApplication() && !isScimError(answer)) {
            return "error is not a SCIM error body";
        }
        return null;
    }

    static boolean isScimError(RawHttp.Answer answer) {
        try {
            JsonNode body = JSON.readTree(answer.body());
            return body != null && body.path("schemas").toString().contains(ERROR_SCHEMA)
                    && String.valueOf(answer.status()).equals(body.path("status").asText())
                    && body.path("detail").isTextual() && !body.path("detail").asText().isBlank();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public synchronized int total() {
        return total;
    }

    public synchronized int wrongAnswers() {
        return wrong.values().stream().mapToInt(Integer::intValue).sum();
    }

    public synchronized int count(int status) {
        return byStatus.getOrDefault(status, 0);
    }

    public synchronized String report() {
        StringBuilder out = new StringBuilder();
        out.append("requests: ").append(total).append('\n');
        out.append("by status: ").append(label(byStatus)).append('\n');
        out.append("by kind:\n");
        byKind.forEach((kind, counts) -> out.append(String.format("  %-26s %s%n", kind, label(counts))));
        out.append("refused by the HTTP codec without a SCIM body (allowed): ").append(codecErrorsWithoutScimBody)
                .append('\n');
        out.append("wrong answers: ").append(wrongAnswers()).append(wrong.isEmpty() ? "" : " " + wrong).append('\n');
        examples.forEach(e -> out.append("  ").append(e).append('\n'));
        return out.toString();
    }

    private static String label(Map<Integer, Integer> counts) {
        StringBuilder out = new StringBuilder();
        counts.forEach((status, n) -> out.append(status == RawHttp.TIMEOUT ? "timeout" : status == RawHttp.NO_ANSWER
                ? "closed" : status).append('=').append(n).append(' '));
        return out.toString().trim();
    }

    private static String abbreviate(String text) {
        String clean = text.replaceAll("[\\x00-\\x1f]", "\u00b7");
        return clean.length() > 240 ? clean.substring(0, 240) + "..." : clean;
    }
}
