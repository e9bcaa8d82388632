package io.openecma.ingress.query;

import io.openecma.ingress.mapping.ResourceMapping;
import io.openecma.ingress.scim.ResourceModel;
import io.openecma.ingress.scim.ScimAttribute;
import io.openecma.ingress.scim.ScimSchema;
import io.openecma.ingress.scim.filter.AttrPath;
import io.openecma.ingress.scim.filter.CompareOp;

import java.util.Locale;
import java.util.Optional;

/**
 * Filters on SCIM attributes a connector keeps in its unmapped-attributes store (a String attribute
 * holding the JSON of what no binding carries: {@code name.formatted}, a second work e-mail, the
 * enterprise extension): the same path is looked up in that JSON, so {@code emails.value co "x"}
 * also finds an e-mail that only the store holds. Keys in the store are the SCIM schema's canonical
 * names (ResourceReader writes them so); the JSON path is built from the schema's names, never from
 * the request's text, and is passed as a parameter. Only {@code eq}, {@code co}, {@code sw},
 * {@code ew} (case-insensitive, as strings) and {@code pr} look into the store; no index serves it.
 * A stored value that is not JSON (a target that changed it) matches nothing.
 */
final class StoredAttributeFilter {

    private final ResourceMapping mapping;

    StoredAttributeFilter(ResourceMapping mapping) {
        this.mapping = mapping;
    }

    /** The predicate on the store for {@code path op value} ({@code op} null: present), or FALSE. */
    SqlPredicate compare(AttrPath path, CompareOp op, Object value) {
        Optional<String> store = mapping.unmappedStore();
        Optional<String> jsonPath = jsonPath(path);
        if (store.isEmpty() || jsonPath.isEmpty()) {
            return SqlPredicate.FALSE;
        }
        String text = value == null ? null : value.toString().toLowerCase(Locale.ROOT);
        String condition;
        Object pattern;
        if (op == null) {
            condition = "coalesce(v.x #>> '{}', '') <> ''";
            pattern = null;
        } else if (text == null) {
            return SqlPredicate.FALSE;
        } else {
            switch (op) {
                case EQ -> {
                    condition = "lower(v.x #>> '{}') = ?";
                    pattern = text;
                }
                case CO -> {
                    condition = "lower(v.x #>> '{}') LIKE ? ESCAPE '\\'";
                    pattern = "%" + FilterSql.escapeLike(text) + "%";
                }
                case SW -> {
                    condition = "lower(v.x #>> '{}') LIKE ? ESCAPE '\\'";
                    pattern = FilterSql.escapeLike(text) + "%";
                }
                case EW -> {
                    condition = "lower(v.x #>> '{}') LIKE ? ESCAPE '\\'";
                    pattern = "%" + FilterSql.escapeLike(text);
                }
                default -> {
                    return SqlPredicate.FALSE;
                }
            }
        }
        String column = "attributes ->> " + FilterSql.quoteKey(store.get());
        String sql = "EXISTS (SELECT 1 FROM jsonb_path_query(CASE WHEN pg_input_is_valid(" + column + ", 'jsonb') THEN CAST("
                + column + " AS jsonb) END, CAST(? AS jsonpath)) AS v(x) WHERE " + condition + ")";
        return pattern == null ? SqlPredicate.of(sql, jsonPath.get()) : SqlPredicate.of(sql, jsonPath.get(), pattern);
    }

    /**
     * {@code lax $."emails"."value"} for {@code emails.value} (lax: every element of a multi-valued
     * attribute); a complex attribute without a sub-attribute means its {@code value}. Empty when the
     * schema does not know the path.
     */
    private Optional<String> jsonPath(AttrPath path) {
        ResourceModel model = mapping.model();
        Optional<ScimAttribute> top = model.topLevel(path);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder result = new StringBuilder("lax $");
        if (path.urn() != null) {
            Optional<ScimSchema> schema = model.schemaOf(path);
            if (schema.isEmpty() || schema.get().id().equals(model.core().id())) {
                return Optional.empty();
            }
            result.append('.').append(quoted(schema.get().id()));
        }
        result.append('.').append(quoted(top.get().name()));
        String sub = path.sub() != null ? path.sub() : top.get().isComplex() ? "value" : null;
        if (sub != null) {
            Optional<ScimAttribute> subAttribute = top.get().sub(sub);
            if (subAttribute.isEmpty()) {
                return Optional.empty();
            }
            result.append('.').append(quoted(subAttribute.get().name()));
        }
        return Optional.of(result.toString());
    }

    /** A jsonpath key in double quotes (schema names only; quotes and backslashes escaped anyway). */
    private static String quoted(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
