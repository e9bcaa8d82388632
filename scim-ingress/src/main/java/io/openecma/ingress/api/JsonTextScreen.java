package io.openecma.ingress.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.openecma.ingress.scim.ScimException;
import io.openecma.ingress.scim.UnicodeText;

import java.util.Iterator;
import java.util.Map;

/**
 * Walks a parsed request body and refuses the first member name or string value that
 * {@link UnicodeText} refuses, naming where it is (the JSON escapes for NUL or for a lone surrogate
 * pass the parser; such text must not reach Kafka or the database).
 */
final class JsonTextScreen {

    private JsonTextScreen() {
    }

    static void check(JsonNode node) {
        check(node, "");
    }

    private static void check(JsonNode node, String where) {
        if (node.isTextual()) {
            refuseIfBad(node.textValue(), "the value of " + label(where));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), where + "[" + i + "]");
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                refuseIfBad(field.getKey(), "a member name in " + label(where));
                check(field.getValue(), where.isEmpty() ? field.getKey() : where + "." + field.getKey());
            }
        }
    }

    private static void refuseIfBad(String text, String what) {
        String problem = UnicodeText.problem(text);
        if (problem != null) {
            throw ScimException.invalidValue(what + " contains " + problem + "; such text cannot be stored");
        }
    }

    private static String label(String where) {
        return where.isEmpty() ? "the body" : "'" + where + "'";
    }
}
