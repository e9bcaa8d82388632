package io.openecma.schemas.ecma;

import java.util.Base64;

/**
 * Attribute values travel as JSON scalars: String, Long (ECMA2 Integer is 64-bit) and Boolean.
 * Binary values are base64 strings and references are DN strings; the schema says which.
 * Normalising here keeps Java-built and JSON-read values equal.
 */
public final class AttributeValues {

    private AttributeValues() {
    }

    /** Returns the value in its wire form, or throws for a type no ECMA2 attribute can hold. */
    public static Object normalize(Object value) {
        if (value == null || value instanceof String || value instanceof Long || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        throw new IllegalArgumentException("attribute values must be String, Long, Boolean or byte[], not "
                + value.getClass().getName() + " (" + value + ")");
    }
}
