package io.openecma.ingress.scim.filter;

/**
 * The RFC 7644 filter AST. Inside a {@link ValuePath} the inner filter's paths name sub-attributes
 * of the multi-valued element ({@code emails[type eq "work"]}: {@code type} is {@code emails.type}).
 * Comparison values are String, Long, Double, Boolean or null.
 */
public sealed interface Filter {

    record Compare(AttrPath path, CompareOp op, Object value) implements Filter {
    }

    record Present(AttrPath path) implements Filter {
    }

    record And(Filter left, Filter right) implements Filter {
    }

    record Or(Filter left, Filter right) implements Filter {
    }

    record Not(Filter inner) implements Filter {
    }

    record ValuePath(AttrPath path, Filter inner) implements Filter {
    }
}
