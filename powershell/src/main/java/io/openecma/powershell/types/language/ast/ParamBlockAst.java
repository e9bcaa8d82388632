package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.ParamBlockAst (ast.cs): a read-only node of the recovering parser's tree. */
public class ParamBlockAst extends Ast {
    private final List<Ast> attributes;
    private final List<Ast> parameters;

    public ParamBlockAst(ScriptExtent extent, List<Ast> attributes, List<Ast> parameters) {
        super(extent);
        this.attributes = adopt(attributes);
        this.parameters = adopt(parameters);
    }

    public List<Ast> getAttributes() {
        return attributes;
    }

    public List<Ast> getParameters() {
        return parameters;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, attributes);
        add(into, parameters);
    }
}
