package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.ParameterAst (ast.cs): a read-only node of the recovering parser's tree. */
public class ParameterAst extends Ast {
    private final List<Ast> attributes;
    private final VariableExpressionAst name;
    private final ExpressionAst defaultValue;

    public ParameterAst(ScriptExtent extent, List<Ast> attributes, VariableExpressionAst name, ExpressionAst defaultValue) {
        super(extent);
        this.attributes = adopt(attributes);
        this.name = adopt(name);
        this.defaultValue = adopt(defaultValue);
    }

    public List<Ast> getAttributes() {
        return attributes;
    }

    public VariableExpressionAst getName() {
        return name;
    }

    public ExpressionAst getDefaultValue() {
        return defaultValue;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, attributes);
        add(into, name);
        add(into, defaultValue);
    }
}
