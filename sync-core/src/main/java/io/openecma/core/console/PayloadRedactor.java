package io.openecma.core.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A message payload as the console shows it: every value under a name that speaks of a password,
 * secret, credential or encrypted envelope is replaced by {@link #HIDDEN}, whatever its shape
 * (text, number, object). A payload that is not JSON is shown with such "name: value" and
 * "name=value" pairs masked the same way.
 */
public final class PayloadRedactor {

    public static final String HIDDEN = "(hidden)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SENSITIVE = List.of("password", "secret", "credential", "token", "envelope",
            "ciphertext", "encrypted");
    private static final List<String> NAME_KEYS = List.of("name", "attribute", "attributeName", "Name");
    private static final Pattern TEXT_PAIR = Pattern.compile(
            "(?i)(\"?[A-Za-z_]*(?:password|secret|credential|token|envelope|ciphertext|encrypted)[A-Za-z_]*\"?\\s*[:=]\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^\\s,;}&]+)");

    private PayloadRedactor() {
    }

    public static String redact(String payload) {
        if (payload == null) {
            return "";
        }
        try {
            JsonNode tree = JSON.readTree(payload);
            if (tree != null && tree.isContainerNode()) {
                return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(mask(tree));
            }
        } catch (Exception notJson) {
            // shown as text below
        }
        return TEXT_PAIR.matcher(payload).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) + HIDDEN));
    }

    /**
     * Another text about the payload (a dead letter's reason quotes parts of it, e.g. "from String
     * value ('...')"): every value the payload holds under a sensitive name is masked in it too.
     */
    public static String redact(String text, String payload) {
        if (text == null) {
            return "";
        }
        String shown = redact(text);
        for (String secret : secretsIn(payload)) {
            shown = shown.replace(secret, HIDDEN);
        }
        return shown;
    }

    /** The values under sensitive names in a payload, JSON or not; very short ones are left (they would mask ordinary text). */
    static java.util.Set<String> secretsIn(String payload) {
        java.util.Set<String> secrets = new java.util.HashSet<>();
        if (payload == null) {
            return secrets;
        }
        java.util.regex.Matcher pairs = TEXT_PAIR.matcher(payload);
        while (pairs.find()) {
            String value = pairs.group(2);
            secrets.add(value.startsWith("\"") && value.length() > 1 ? value.substring(1, value.length() - 1) : value);
        }
        try {
            collect(JSON.readTree(payload), false, secrets);
        } catch (Exception notJson) {
            // the pairs found above are all there is
        }
        secrets.removeIf(secret -> secret.length() < 4);
        return secrets;
    }

    private static void collect(JsonNode node, boolean under, java.util.Set<String> secrets) {
        if (node == null) {
            return;
        }
        if (node.isValueNode() && under && !node.isBoolean() && !node.isNull()) {
            secrets.add(node.asText());
        } else if (node.isObject()) {
            boolean named = NAME_KEYS.stream().anyMatch(k -> node.path(k).isTextual() && sensitive(node.path(k).asText()));
            node.fields().forEachRemaining(e -> collect(e.getValue(),
                    under || sensitive(e.getKey()) || (named && !NAME_KEYS.contains(e.getKey())), secrets));
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, under, secrets));
        }
    }

    static boolean sensitive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SENSITIVE.stream().anyMatch(lower::contains);
    }

    private static JsonNode mask(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            // {"name": "userPassword", "values": [...]}: the attribute is named by a value, not a key
            boolean namedSensitive = NAME_KEYS.stream().anyMatch(k -> object.path(k).isTextual()
                    && sensitive(object.path(k).asText()));
            for (String name : new ArrayList<>(iterable(object))) {
                if (namedSensitive && !NAME_KEYS.contains(name) && !object.get(name).isNull()) {
                    object.set(name, TextNode.valueOf(HIDDEN));
                } else if (sensitive(name) && !object.get(name).isNull() && !object.get(name).isBoolean()) {
                    object.set(name, TextNode.valueOf(HIDDEN));
                } else {
                    mask(object.get(name));
                }
            }
        } else if (node.isArray()) {
            node.forEach(PayloadRedactor::mask);
        }
        return node;
    }

    private static List<String> iterable(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
