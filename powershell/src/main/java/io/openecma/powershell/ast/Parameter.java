package io.openecma.powershell.ast;

import java.util.List;

/** A declared parameter: {@code [attributes] $name = default}. */
public record Parameter(String name, List<AttributeNode> attributes, Expression defaultValue, Position position) {
    public Parameter {
        attributes = List.copyOf(attributes);
    }
}
