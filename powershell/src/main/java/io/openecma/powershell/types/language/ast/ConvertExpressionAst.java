package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;

/** System.Management.Automation.Language.ConvertExpressionAst: {@code [type]expr}; Type is the same node as Attribute. */
public class ConvertExpressionAst extends AttributedExpressionAst {

    public ConvertExpressionAst(ScriptExtent extent, TypeConstraintAst type, ExpressionAst child) {
        super(extent, type, child);
    }

    public TypeConstraintAst getType() {
        return (TypeConstraintAst) getAttribute();
    }
}
