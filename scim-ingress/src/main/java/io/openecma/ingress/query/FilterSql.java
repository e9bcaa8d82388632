package io.openecma.ingress.query;

import io.openecma.ingress.mapping.Binding;
import io.openecma.ingress.mapping.ResourceMapping;
import io.openecma.ingress.scim.ScimException;
import io.openecma.ingress.scim.filter.AttrPath;
import io.openecma.ingress.scim.filter.CompareOp;
import io.openecma.ingress.scim.filter.Filter;
import io.openecma.schemas.ecma.AttributeType;
import io.openecma.schemas.ecma.SchemaAttribute;
import io.openecma.schemas.events.Json;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Translates a SCIM filter into a parameterised predicate over {@code cs_object}, written to use
 * the connector space's indexes (see V1__connector_space.sql): case-insensitive {@code eq} on a
 * single-valued String is {@code lower(attributes ->> '<attr>') = lower(?)}, matching sync-core's
 * per-attribute expression indexes; {@code eq} on numbers, booleans, references, binaries and
 * multi-valued attributes is JSON containment {@code attributes @> ?::jsonb}, served by the GIN index. Attribute keys come from
 * the connector schema, never from the request, and are quoted; every value is a parameter. A path
 * the mapping does not know is FALSE (Entra's probe on {@code PLACEHOLDER} finds nothing).
 */
public final class FilterSql {

    private final ResourceMapping mapping;
    private final StoredAttributeFilter stored;

    public FilterSql(ResourceMapping mapping) {
        this.mapping = mapping;
        this.stored = new StoredAttributeFilter(mapping);
    }

    public SqlPredicate translate(Filter filter) {
        if (filter instanceof Filter.And and) {
            return translate(and.left()).and(translate(and.right()));
        }
        if (filter instanceof Filter.Or or) {
            return translate(or.left()).or(translate(or.right()));
        }
        if (filter instanceof Filter.Not not) {
            return translate(not.inner()).not();
        }
        if (filter instanceof Filter.ValuePath valuePath) {
            SqlPredicate result = SqlPredicate.FALSE;
            for (Binding binding : mapping.bindings()) {
                AttrPath bound = binding.path().attr();
                if (bound.sub() == null && sameAttribute(bound, valuePath.path()) && valuePath.path().sub() == null) {
                    result = result.or(element(valuePath.inner(), binding));
                }
            }
            return result;
        }
        if (filter instanceof Filter.Present present) {
            SqlPredicate special = column(present.path(), null, null);
            if (special != null) {
                return special;
            }
            SqlPredicate result = SqlPredicate.FALSE;
            for (SchemaAttribute attribute : targets(present.path())) {
                result = result.or(present(attribute));
            }
            return whollyBound(present.path()) ? result : result.or(stored.compare(present.path(), null, null));
        }
        Filter.Compare compare = (Filter.Compare) filter;
        SqlPredicate special = column(compare.path(), compare.op(), compare.value());
        if (special != null) {
            return special;
        }
        SqlPredicate result = SqlPredicate.FALSE;
        for (SchemaAttribute attribute : targets(compare.path())) {
            result = result.or(compare(attribute, compare.op(), compare.value()));
        }
        return whollyBound(compare.path()) ? result
                : result.or(stored.compare(compare.path(), compare.op(), compare.value()));
    }

    /** The ORDER BY expression for sortBy, or null when the path is unknown (default order is kept). */
    public String sortExpression(String sortBy) {
        AttrPath path;
        try {
            path = AttrPath.parse(sortBy);
        } catch (IllegalArgumentException e) {
            throw ScimException.invalidValue("sortBy '" + sortBy + "' is not an attribute path");
        }
        if (isCore(path, "id")) {
            return "scim_id";
        }
        if (isCore(path, "meta") && "created".equalsIgnoreCase(path.sub())) {
            return "created_at";
        }
        if (isCore(path, "meta") && "lastModified".equalsIgnoreCase(path.sub())) {
            return "updated_at";
        }
        List<SchemaAttribute> targets = targets(path);
        if (targets.isEmpty()) {
            return null;
        }
        SchemaAttribute attribute = targets.get(0);
        return isText(attribute) && !attribute.multiValued() ? "lower(attributes ->> " + key(attribute) + ")"
                : "(attributes -> " + key(attribute) + ")";
    }

    /** The inner filter of a value path, for one binding: its own sub-attribute, and its seed conditions. */
    private SqlPredicate element(Filter inner, Binding binding) {
        if (inner instanceof Filter.And and) {
            return element(and.left(), binding).and(element(and.right(), binding));
        }
        if (inner instanceof Filter.Or or) {
            return element(or.left(), binding).or(element(or.right(), binding));
        }
        if (inner instanceof Filter.Not not) {
            return element(not.inner(), binding).not();
        }
        AttrPath path = inner instanceof Filter.Compare c ? c.path() : ((Filter.Present) inner).path();
        String valueSub = binding.path().elementSub() != null ? binding.path().elementSub()
                : binding.path().valueFilter() == null ? "value" : null;
        if (valueSub != null && valueSub.equalsIgnoreCase(path.name()) && path.sub() == null) {
            return inner instanceof Filter.Compare c ? compare(binding.attribute(), c.op(), c.value())
                    : present(binding.attribute());
        }
        Map<String, Object> seed = seed(binding.path().valueFilter());
        String seedKey = path.name().toLowerCase(Locale.ROOT);
        if (!seed.containsKey(seedKey)) {
            return SqlPredicate.FALSE;
        }
        if (inner instanceof Filter.Present) {
            return SqlPredicate.TRUE;
        }
        Filter.Compare c = (Filter.Compare) inner;
        String seedValue = String.valueOf(seed.get(seedKey));
        boolean equal = seedValue.equalsIgnoreCase(String.valueOf(c.value()));
        return switch (c.op()) {
            case EQ -> equal ? SqlPredicate.TRUE : SqlPredicate.FALSE;
            case NE -> equal ? SqlPredicate.FALSE : SqlPredicate.TRUE;
            default -> SqlPredicate.FALSE;
        };
    }

    /** The equality conditions a binding's value filter fixes ({@code type eq "work"}), keyed by lower-case name. */
    private static Map<String, Object> seed(Filter filter) {
        Map<String, Object> seed = new LinkedHashMap<>();
        if (filter instanceof Filter.And and) {
            seed.putAll(seed(and.left()));
            seed.putAll(seed(and.right()));
        } else if (filter instanceof Filter.Compare c && c.op() == CompareOp.EQ) {
            seed.put(c.path().name().toLowerCase(Locale.ROOT), c.value());
        }
        return seed;
    }

    /** The connector attributes a (non value-path) filter path names through the bindings. */
    private List<SchemaAttribute> targets(AttrPath path) {
        List<SchemaAttribute> result = new ArrayList<>();
        for (Binding binding : mapping.bindings()) {
            AttrPath bound = binding.path().attr();
            boolean matches;
            if (binding.path().valueFilter() == null) {
                matches = bound.key().equals(path.key())
                        || (bound.sub() == null && sameAttribute(bound, path) && "value".equalsIgnoreCase(path.sub()));
            } else {
                String sub = binding.path().elementSub();
                matches = sameAttribute(bound, path) && sub != null
                        && (sub.equalsIgnoreCase(path.sub()) || (path.sub() == null && sub.equalsIgnoreCase("value")));
            }
            if (matches && result.stream().noneMatch(a -> a.name().equals(binding.attribute().name()))) {
                result.add(binding.attribute());
            }
        }
        return result;
    }

    /**
     * Whether a binding carries every value the path names (no value filter leaves other elements to
     * the unmapped-attributes store): then the store cannot hold it and is not searched, so that
     * indexed lookups such as {@code userName eq} stay indexed.
     */
    private boolean whollyBound(AttrPath path) {
        for (Binding binding : mapping.bindings()) {
            AttrPath bound = binding.path().attr();
            if (binding.path().valueFilter() == null && (bound.key().equals(path.key())
                    || (bound.sub() == null && sameAttribute(bound, path) && "value".equalsIgnoreCase(path.sub())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameAttribute(AttrPath a, AttrPath b) {
        return a.name().equalsIgnoreCase(b.name()) && (a.urn() == null ? b.urn() == null : a.urn().equalsIgnoreCase(b.urn()));
    }

    private static boolean isCore(AttrPath path, String name) {
        return path.urn() == null && path.name().equalsIgnoreCase(name);
    }

    /** Paths answered from columns: id, meta.created, meta.lastModified, and active when no attribute is bound to it. */
    private SqlPredicate column(AttrPath path, CompareOp op, Object value) {
        if (isCore(path, "id") && path.sub() == null) {
            if (op == null) {
                return SqlPredicate.TRUE;
            }
            return textColumn("scim_id", op, value);
        }
        if (isCore(path, "meta") && ("created".equalsIgnoreCase(path.sub()) || "lastModified".equalsIgnoreCase(path.sub()))) {
            String column = "created".equalsIgnoreCase(path.sub()) ? "created_at" : "updated_at";
            if (op == null) {
                return SqlPredicate.TRUE;
            }
            return timeColumn(column, op, value);
        }
        if (isCore(path, "active") && path.sub() == null && !mapping.activeBound()
                && mapping.model().core().attribute("active").isPresent()) {
            if (op == null) {
                return SqlPredicate.TRUE;
            }
            Boolean b = booleanValue(value, "active");
            return switch (op) {
                case EQ -> SqlPredicate.of("active = ?", b);
                case NE -> SqlPredicate.of("active <> ?", b);
                default -> throw ScimException.invalidFilter("active is a boolean: only eq, ne and pr apply");
            };
        }
        return null;
    }

    private static SqlPredicate textColumn(String column, CompareOp op, Object value) {
        if (value == null) {
            return op == CompareOp.NE ? SqlPredicate.TRUE : SqlPredicate.FALSE;
        }
        String text = value.toString();
        return switch (op) {
            case EQ -> SqlPredicate.of(column + " = ?", text);
            case NE -> SqlPredicate.of(column + " <> ?", text);
            case CO -> SqlPredicate.of(column + " LIKE ? ESCAPE '\\'", "%" + escapeLike(text) + "%");
            case SW -> SqlPredicate.of(column + " LIKE ? ESCAPE '\\'", escapeLike(text) + "%");
            case EW -> SqlPredicate.of(column + " LIKE ? ESCAPE '\\'", "%" + escapeLike(text));
            case GT -> SqlPredicate.of(column + " > ?", text);
            case GE -> SqlPredicate.of(column + " >= ?", text);
            case LT -> SqlPredicate.of(column + " < ?", text);
            case LE -> SqlPredicate.of(column + " <= ?", text);
        };
    }

    private static SqlPredicate timeColumn(String column, CompareOp op, Object value) {
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw ScimException.invalidFilter("'" + value + "' is not a dateTime (e.g. 2026-01-31T10:00:00Z)");
        }
        String operator = switch (op) {
            case EQ -> "=";
            case NE -> "<>";
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            case LE -> "<=";
            default -> throw ScimException.invalidFilter(op.name().toLowerCase() + " does not apply to a dateTime");
        };
        return SqlPredicate.of(column + " " + operator + " ?", time);
    }

    private static SqlPredicate present(SchemaAttribute attribute) {
        return SqlPredicate.of("coalesce(attributes ->> " + key(attribute) + ", '') NOT IN ('', '[]')");
    }

    private static SqlPredicate compare(SchemaAttribute attribute, CompareOp op, Object value) {
        if (value == null) {
            return switch (op) {
                case EQ -> present(attribute).not();
                case NE -> present(attribute);
                default -> throw ScimException.invalidFilter(op.name().toLowerCase() + " null is not a comparison");
            };
        }
        String key = key(attribute);
        if (attribute.multiValued()) {
            Object typed = typed(attribute, value);
            if (op == CompareOp.EQ) {
                return SqlPredicate.of("attributes @> ?::jsonb", containment(attribute, List.of(typed)));
            }
            if (op == CompareOp.NE) {
                return SqlPredicate.of("attributes @> ?::jsonb", containment(attribute, List.of(typed))).not();
            }
            if (!isText(attribute)) {
                throw ScimException.invalidFilter(op.name().toLowerCase() + " does not apply to " + attribute.name());
            }
            SqlPredicate element = textComparison("lower(v)", op, typed.toString());
            return new SqlPredicate("EXISTS (SELECT 1 FROM jsonb_array_elements_text(CASE jsonb_typeof(attributes -> "
                    + key + ") WHEN 'array' THEN attributes -> " + key + " ELSE '[]'::jsonb END) AS v WHERE "
                    + element.sql() + ")", element.params());
        }
        boolean exact = attribute.dataType() == AttributeType.Reference || attribute.dataType() == AttributeType.Binary;
        if (exact && (op == CompareOp.EQ || op == CompareOp.NE)) {
            // ids, DNs and base64 compare exactly, through the GIN index
            SqlPredicate contains = SqlPredicate.of("attributes @> ?::jsonb", containment(attribute, value.toString()));
            return op == CompareOp.EQ ? contains : contains.not();
        }
        if (isText(attribute)) {
            if (op == CompareOp.NE) {
                return new SqlPredicate("(attributes ->> " + key + " IS NULL OR "
                        + textComparison("lower(attributes ->> " + key + ")", op, value.toString()).sql() + ")",
                        List.of(value.toString()));
            }
            return textComparison("lower(attributes ->> " + key + ")", op, value.toString());
        }
        Object typed = typed(attribute, value);
        if (attribute.dataType() == AttributeType.Boolean) {
            return switch (op) {
                case EQ -> SqlPredicate.of("attributes @> ?::jsonb", containment(attribute, typed));
                case NE -> SqlPredicate.of("attributes @> ?::jsonb", containment(attribute, typed)).not();
                default -> throw ScimException.invalidFilter(attribute.name() + " is a boolean: only eq, ne and pr apply");
            };
        }
        String number = "(CASE jsonb_typeof(attributes -> " + key + ") WHEN 'number' THEN (attributes ->> " + key
                + ")::numeric END)";
        return switch (op) {
            case EQ -> SqlPredicate.of("attributes @> ?::jsonb", containment(attribute, typed));
            case NE -> SqlPredicate.of("attributes @> ?::jsonb", containment(attribute, typed)).not();
            case GT -> SqlPredicate.of(number + " > ?", typed);
            case GE -> SqlPredicate.of(number + " >= ?", typed);
            case LT -> SqlPredicate.of(number + " < ?", typed);
            case LE -> SqlPredicate.of(number + " <= ?", typed);
            default -> throw ScimException.invalidFilter(op.name().toLowerCase() + " does not apply to the integer "
                    + attribute.name());
        };
    }

    private static SqlPredicate textComparison(String expression, CompareOp op, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return switch (op) {
            case EQ -> SqlPredicate.of(expression + " = lower(?)", value);
            case NE -> SqlPredicate.of(expression + " <> lower(?)", value);
            case CO -> SqlPredicate.of(expression + " LIKE ? ESCAPE '\\'", "%" + escapeLike(lower) + "%");
            case SW -> SqlPredicate.of(expression + " LIKE ? ESCAPE '\\'", escapeLike(lower) + "%");
            case EW -> SqlPredicate.of(expression + " LIKE ? ESCAPE '\\'", "%" + escapeLike(lower));
            case GT -> SqlPredicate.of(expression + " > lower(?)", value);
            case GE -> SqlPredicate.of(expression + " >= lower(?)", value);
            case LT -> SqlPredicate.of(expression + " < lower(?)", value);
            case LE -> SqlPredicate.of(expression + " <= lower(?)", value);
        };
    }

    /** A filter value in the attribute's type; 400 invalidFilter when it cannot be. */
    private static Object typed(SchemaAttribute attribute, Object value) {
        switch (attribute.dataType()) {
            case Integer -> {
                if (value instanceof Long l) {
                    return l;
                }
                try {
                    return Long.parseLong(value.toString());
                } catch (NumberFormatException e) {
                    throw ScimException.invalidFilter(attribute.name() + " is an integer, '" + value + "' is not");
                }
            }
            case Boolean -> {
                return booleanValue(value, attribute.name());
            }
            default -> {
                return value instanceof String s ? s : value.toString();
            }
        }
    }

    private static Boolean booleanValue(Object value, String name) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = String.valueOf(value);
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text.toLowerCase(Locale.ROOT));
        }
        throw ScimException.invalidFilter(name + " is a boolean, '" + value + "' is not");
    }

    private static String containment(SchemaAttribute attribute, Object value) {
        return Json.write(Map.of(attribute.name(), value));
    }

    private static boolean isText(SchemaAttribute attribute) {
        return attribute.dataType() != AttributeType.Integer && attribute.dataType() != AttributeType.Boolean;
    }

    /** The attribute key as a SQL string literal (names come from the connector schema). */
    static String key(SchemaAttribute attribute) {
        return quoteKey(attribute.name());
    }

    /** A connector attribute name as an SQL string literal. */
    static String quoteKey(String name) {
        return "'" + name.replace("'", "''") + "'";
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
