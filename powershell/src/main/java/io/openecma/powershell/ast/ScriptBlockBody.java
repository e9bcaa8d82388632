package io.openecma.powershell.ast;

import java.util.List;

/**
 * The inside of a script file, function or script block: attributes on the param block
 * (CmdletBinding), its parameters and the begin/process/end blocks. A body without named
 * blocks has everything in {@code end}.
 */
public record ScriptBlockBody(List<AttributeNode> attributes, List<Parameter> parameters, boolean hasParamBlock,
                              Block begin, Block process, Block end, String text, Position position) {
    public ScriptBlockBody {
        attributes = List.copyOf(attributes);
        parameters = List.copyOf(parameters);
    }

    public boolean isAdvanced() {
        return attributes.stream().anyMatch(a -> a.typeName().name().equalsIgnoreCase("CmdletBinding"))
                || parameters.stream().anyMatch(p -> p.attributes().stream()
                .anyMatch(a -> a.typeName().name().equalsIgnoreCase("Parameter")));
    }
}
