package io.openecma.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.events.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The object a password call gives the Password script as $CSEntry: the attributes of
 * {@code --entry FILE.json} (a JSON object {@code {"attr": value or [values], ...}}) and the anchor,
 * from {@code --anchor} or from the file.
 */
final class PasswordEntry {

    private PasswordEntry() {
    }

    static Map<String, List<Object>> attributes(ConnectorDefinition def, Optional<Path> entryFile, Optional<String> anchor) {
        Map<String, List<Object>> attributes = new LinkedHashMap<>();
        entryFile.ifPresent(file -> read(file, attributes));
        String anchorName = def.anchorAttribute();
        String existing = attributes.keySet().stream().filter(anchorName::equalsIgnoreCase).findFirst().orElse(null);
        if (anchor.isPresent()) {
            if (existing != null) {
                List<Object> inFile = attributes.remove(existing);
                if (!inFile.equals(List.of(anchor.get()))) {
                    throw new IllegalArgumentException("--anchor '" + anchor.get() + "' differs from " + existing
                            + " in the entry file " + inFile);
                }
            }
            attributes.put(anchorName, List.of(anchor.get()));
        } else if (existing == null || attributes.get(existing).size() != 1) {
            throw new IllegalArgumentException("password needs --anchor VALUE or an --entry file with one value of "
                    + anchorName);
        } else {
            attributes.put(anchorName, attributes.remove(existing));
        }
        return attributes;
    }

    private static void read(Path file, Map<String, List<Object>> into) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the entry " + file + " as JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the entry " + file + " must be a JSON object {\"attribute\": value, ...}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            List<Object> values = new ArrayList<>();
            if (field.getValue().isArray()) {
                field.getValue().forEach(v -> values.add(value(file, field.getKey(), v)));
            } else {
                values.add(value(file, field.getKey(), field.getValue()));
            }
            into.put(field.getKey(), values);
        }
    }

    /** ECMA2 values: String, Integer (as long) and Boolean. */
    private static Object value(Path file, String name, JsonNode v) {
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        throw new IllegalArgumentException("the entry " + file + ": " + name + " must be a string, whole number or"
                + " boolean (or a list of them), not " + v);
    }
}
