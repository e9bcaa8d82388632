package io.openecma.runtime.migrate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;

/**
 * Writes connector.yaml line by line, so that the comments telling the administrator what to fill
 * in stay next to their fields. Strings are double-quoted (JSON string syntax is valid YAML).
 */
final class YamlWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final StringBuilder text = new StringBuilder();

    YamlWriter comment(String indent, String line) {
        text.append(indent).append("# ").append(line).append('\n');
        return this;
    }

    YamlWriter blank() {
        text.append('\n');
        return this;
    }

    /** {@code key: value} with the value as given (numbers, booleans, enum names). */
    YamlWriter plain(String indent, String key, Object value) {
        text.append(indent).append(key).append(": ").append(value).append('\n');
        return this;
    }

    YamlWriter string(String indent, String key, String value) {
        text.append(indent).append(key).append(": ").append(quote(value)).append('\n');
        return this;
    }

    YamlWriter key(String indent, String key) {
        text.append(indent).append(key).append(":\n");
        return this;
    }

    YamlWriter item(String indent, String value) {
        text.append(indent).append("- ").append(quote(value)).append('\n');
        return this;
    }

    /** The first field of a list item: {@code - key: value}. */
    YamlWriter itemString(String indent, String key, String value) {
        text.append(indent).append("- ").append(key).append(": ").append(quote(value)).append('\n');
        return this;
    }

    static String quote(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
