package io.openecma.ingress.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A SQL boolean expression with its positional parameters. The constants {@link #TRUE} and
 * {@link #FALSE} fold away, so a filter on an attribute the connector does not know becomes FALSE
 * and is answered without a query.
 */
public record SqlPredicate(String sql, List<Object> params) {

    public static final SqlPredicate TRUE = new SqlPredicate("TRUE", List.of());
    public static final SqlPredicate FALSE = new SqlPredicate("FALSE", List.of());

    public static SqlPredicate of(String sql, Object... params) {
        return new SqlPredicate(sql, List.of(params));
    }

    public boolean isTrue() {
        return this == TRUE;
    }

    public boolean isFalse() {
        return this == FALSE;
    }

    public SqlPredicate and(SqlPredicate other) {
        if (isFalse() || other.isFalse()) {
            return FALSE;
        }
        if (isTrue()) {
            return other;
        }
        if (other.isTrue()) {
            return this;
        }
        return join(" AND ", other);
    }

    public SqlPredicate or(SqlPredicate other) {
        if (isTrue() || other.isTrue()) {
            return TRUE;
        }
        if (isFalse()) {
            return other;
        }
        if (other.isFalse()) {
            return this;
        }
        return join(" OR ", other);
    }

    public SqlPredicate not() {
        if (isTrue()) {
            return FALSE;
        }
        if (isFalse()) {
            return TRUE;
        }
        return new SqlPredicate("NOT (" + sql + ")", params);
    }

    private SqlPredicate join(String operator, SqlPredicate other) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(other.params);
        return new SqlPredicate("(" + sql + operator + other.sql + ")", all);
    }
}
