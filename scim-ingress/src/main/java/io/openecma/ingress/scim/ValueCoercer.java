package io.openecma.ingress.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a JSON value against an attribute definition and brings it to the definition's type,
 * tolerating what Entra sends: "True"/"False" strings for booleans, numeric strings for numbers,
 * and a bare string where a complex value (e.g. {@code manager}) is expected, which becomes its
 * {@code value}. Returns null for a JSON null (the caller removes the attribute).
 */
public final class ValueCoercer {

    /** The longest string value accepted (characters). */
    public static final int MAX_STRING_LENGTH = 32_768;
    /** The most values a multi-valued attribute may carry in one request. */
    public static final int MAX_VALUES = 10_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueCoercer() {
    }

    public static JsonNode coerce(JsonNode value, ScimAttribute def, String path) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (def.multiValued()) {
            ArrayNode result = NODES.arrayNode();
            if (value.isArray()) {
                if (value.size() > MAX_VALUES) {
                    throw ScimException.invalidValue(path + " has more than " + MAX_VALUES + " values");
                }
                for (JsonNode element : value) {
                    JsonNode coerced = single(element, def, path);
                    if (coerced != null) {
                        result.add(coerced);
                    }
                }
            } else {
                JsonNode coerced = single(value, def, path);
                if (coerced != null) {
                    result.add(coerced);
                }
            }
            return result;
        }
        if (value.isArray()) {
            if (value.size() == 1) {
                return single(value.get(0), def, path);
            }
            throw ScimException.invalidValue(path + " is single-valued but an array of " + value.size()
                    + " values was given");
        }
        return single(value, def, path);
    }

    /** One value (an element of a multi-valued attribute, or the value of a single-valued one). */
    public static JsonNode single(JsonNode value, ScimAttribute def, String path) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return switch (def.type()) {
            case "complex" -> complex(value, def, path);
            case "boolean" -> bool(value, path);
            case "integer" -> integer(value, path);
            case "decimal" -> decimal(value, path);
            default -> text(value, path);
        };
    }

    private static JsonNode complex(JsonNode value, ScimAttribute def, String path) {
        if (value.isValueNode()) {
            // Entra sends a bare string where manager.value (or a member's value) is expected.
            ObjectNode wrapped = NODES.objectNode();
            wrapped.set("value", text(value, path + ".value"));
            return wrapped;
        }
        if (!value.isObject()) {
            throw ScimException.invalidValue(path + " must be an object, not an array");
        }
        ObjectNode result = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            ScimAttribute sub = def.sub(field.getKey()).orElseThrow(() -> ScimException.invalidValue(
                    "'" + field.getKey() + "' is not a sub-attribute of " + path));
            JsonNode coerced = coerce(field.getValue(), sub, path + "." + sub.name());
            if (coerced != null) {
                result.set(sub.name(), coerced);
            }
        }
        return result;
    }

    private static JsonNode bool(JsonNode value, String path) {
        if (value.isBoolean()) {
            return value;
        }
        if (value.isTextual()) {
            String text = value.textValue().trim().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return NODES.booleanNode(text.equals("true"));
            }
        }
        throw ScimException.invalidValue(path + " must be a boolean, not " + describe(value));
    }

    private static JsonNode integer(JsonNode value, String path) {
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return NODES.numberNode(value.longValue());
        }
        if (value.isTextual()) {
            try {
                return NODES.numberNode(Long.parseLong(value.textValue().trim()));
            } catch (NumberFormatException e) {
                // fall through to the error
            }
        }
        throw ScimException.invalidValue(path + " must be a 64-bit integer, not " + describe(value));
    }

    private static JsonNode decimal(JsonNode value, String path) {
        if (value.isNumber()) {
            return value;
        }
        if (value.isTextual()) {
            try {
                return NODES.numberNode(new BigDecimal(value.textValue().trim()));
            } catch (NumberFormatException e) {
                // fall through to the error
            }
        }
        throw ScimException.invalidValue(path + " must be a number, not " + describe(value));
    }

    private static JsonNode text(JsonNode value, String path) {
        if (!value.isValueNode()) {
            throw ScimException.invalidValue(path + " must be a single value, not " + describe(value));
        }
        String text = value.asText();
        if (text.length() > MAX_STRING_LENGTH) {
            throw ScimException.invalidValue(path + " is longer than " + MAX_STRING_LENGTH + " characters");
        }
        return value.isTextual() ? value : NODES.textNode(text);
    }

    private static String describe(JsonNode value) {
        String text = value.toString();
        return value.getNodeType().name().toLowerCase(Locale.ROOT) + " "
                + (text.length() > 60 ? text.substring(0, 60) + "..." : text);
    }
}
