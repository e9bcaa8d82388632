package io.openecma.ingress.scim.filter;

import java.util.Locale;

/** RFC 7644 comparison operators. */
public enum CompareOp {
    EQ, NE, CO, SW, EW, GT, GE, LT, LE;

    /** The operator spelled {@code word} (case-insensitive), or null. */
    static CompareOp fromWord(String word) {
        for (CompareOp op : values()) {
            if (op.name().equals(word.toUpperCase(Locale.ROOT))) {
                return op;
            }
        }
        return null;
    }
}
