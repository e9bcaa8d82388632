package io.openecma.ingress.scim.filter;

import com.fasterxml.jackson.databind.JsonNode;
import io.openecma.ingress.scim.ResourceNodes;

import java.util.Locale;
import java.util.Objects;

/**
 * Evaluates the inner filter of a value path ({@code emails[type eq "work"]}) against one element of
 * a multi-valued attribute of a single resource being patched. Queries over many objects never come
 * here: they are translated to SQL. Strings compare case-insensitively (caseExact false).
 */
public final class ElementMatcher {

    private ElementMatcher() {
    }

    public static boolean matches(JsonNode element, Filter filter) {
        if (filter instanceof Filter.And and) {
            return matches(element, and.left()) && matches(element, and.right());
        }
        if (filter instanceof Filter.Or or) {
            return matches(element, or.left()) || matches(element, or.right());
        }
        if (filter instanceof Filter.Not not) {
            return !matches(element, not.inner());
        }
        if (filter instanceof Filter.Present present) {
            JsonNode value = field(element, present.path());
            return value != null && !value.isNull() && !(value.isTextual() && value.textValue().isEmpty());
        }
        if (filter instanceof Filter.Compare compare) {
            return compare(field(element, compare.path()), compare.op(), compare.value());
        }
        return false; // value paths cannot nest (the parser refuses them)
    }

    private static JsonNode field(JsonNode element, AttrPath path) {
        if (!element.isObject()) {
            // a multi-valued attribute of plain values: the element itself is its "value"
            return path.name().equalsIgnoreCase("value") ? element : null;
        }
        JsonNode value = ResourceNodes.get(element, path.name());
        return path.sub() == null ? value : ResourceNodes.get(value, path.sub());
    }

    private static boolean compare(JsonNode actual, CompareOp op, Object expected) {
        if (actual == null || actual.isNull()) {
            return op == CompareOp.EQ ? expected == null : op == CompareOp.NE && expected != null;
        }
        if (expected == null) {
            return op == CompareOp.NE;
        }
        if (expected instanceof Boolean b) {
            boolean equal = actual.isBoolean() ? actual.booleanValue() == b
                    : actual.asText().equalsIgnoreCase(b.toString());
            return op == CompareOp.EQ ? equal : op == CompareOp.NE && !equal;
        }
        if (expected instanceof Number n && actual.isNumber()) {
            int cmp = Double.compare(actual.doubleValue(), n.doubleValue());
            return ordered(op, cmp);
        }
        String a = actual.asText().toLowerCase(Locale.ROOT);
        String e = Objects.toString(expected).toLowerCase(Locale.ROOT);
        return switch (op) {
            case CO -> a.contains(e);
            case SW -> a.startsWith(e);
            case EW -> a.endsWith(e);
            default -> ordered(op, a.compareTo(e));
        };
    }

    private static boolean ordered(CompareOp op, int cmp) {
        return switch (op) {
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case CO, SW, EW -> false;
        };
    }
}
