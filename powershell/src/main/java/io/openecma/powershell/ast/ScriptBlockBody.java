package io.openecma.powershell.ast;

import java.util.List;

/**
 * The inside of a script file, function or script block: attributes on the param block
 * (CmdletBinding), its parameters and the begin/process/end blocks. A body without named
 * blocks has everything in {@code end}. {@code clean} is PowerShell 7.3's clean block (additive:
 * 5.1 cannot parse it), or null. {@code helpSite} tells where its comment-based help may be, or null.
 */
public record ScriptBlockBody(List<AttributeNode> attributes, List<Parameter> parameters, boolean hasParamBlock,
                              Block begin, Block process, Block end, String text, Position position, Block clean,
                              HelpSite helpSite) {
    public ScriptBlockBody {
        attributes = List.copyOf(attributes);
        parameters = List.copyOf(parameters);
    }

    public ScriptBlockBody(List<AttributeNode> attributes, List<Parameter> parameters, boolean hasParamBlock,
                           Block begin, Block process, Block end, String text, Position position, Block clean) {
        this(attributes, parameters, hasParamBlock, begin, process, end, text, position, clean, null);
    }

    /** The same body, placed in its source for comment-based help. */
    public ScriptBlockBody withHelpSite(HelpSite site) {
        return new ScriptBlockBody(attributes, parameters, hasParamBlock, begin, process, end, text, position, clean, site);
    }

    public ScriptBlockBody(List<AttributeNode> attributes, List<Parameter> parameters, boolean hasParamBlock,
                           Block begin, Block process, Block end, String text, Position position) {
        this(attributes, parameters, hasParamBlock, begin, process, end, text, position, null);
    }

    /** [CmdletBinding()] or a [Parameter()] attribute. Asked on every call: plain loops, no streams. */
    public boolean isAdvanced() {
        for (AttributeNode a : attributes) {
            if (a.typeName().name().equalsIgnoreCase("CmdletBinding")) {
                return true;
            }
        }
        for (Parameter p : parameters) {
            for (AttributeNode a : p.attributes()) {
                if (a.typeName().name().equalsIgnoreCase("Parameter")) {
                    return true;
                }
            }
        }
        return false;
    }
}
