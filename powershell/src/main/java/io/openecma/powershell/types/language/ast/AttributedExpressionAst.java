package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.AttributedExpressionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class AttributedExpressionAst extends ExpressionAst {
    private final AttributeBaseAst attribute;
    private final ExpressionAst child;

    public AttributedExpressionAst(ScriptExtent extent, AttributeBaseAst attribute, ExpressionAst child) {
        super(extent);
        this.attribute = adopt(attribute);
        this.child = adopt(child);
    }

    public AttributeBaseAst getAttribute() {
        return attribute;
    }

    public ExpressionAst getChild() {
        return child;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, attribute);
        add(into, child);
    }
}
