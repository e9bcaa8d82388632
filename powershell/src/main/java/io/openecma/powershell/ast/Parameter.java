package io.openecma.powershell.ast;

import java.util.List;

/** A declared parameter: {@code [attributes] $name = default}; start and end are its offsets in the parsed text. */
public record Parameter(String name, List<AttributeNode> attributes, Expression defaultValue, Position position,
                        int start, int end) {
    public Parameter {
        attributes = List.copyOf(attributes);
    }

    /** A parameter whose source offsets are unknown (start and end -1). */
    public Parameter(String name, List<AttributeNode> attributes, Expression defaultValue, Position position) {
        this(name, attributes, defaultValue, position, -1, -1);
    }
}
