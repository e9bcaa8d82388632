package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.MemberExpressionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class MemberExpressionAst extends ExpressionAst {
    private final ExpressionAst expression;
    private final CommandElementAst member;
    private final boolean isStatic;
    private final boolean nullConditional;

    public MemberExpressionAst(ScriptExtent extent, ExpressionAst expression, CommandElementAst member, boolean isStatic, boolean nullConditional) {
        super(extent);
        this.expression = adopt(expression);
        this.member = adopt(member);
        this.isStatic = isStatic;
        this.nullConditional = nullConditional;
    }

    public ExpressionAst getExpression() {
        return expression;
    }

    public CommandElementAst getMember() {
        return member;
    }

    public boolean getStatic() {
        return isStatic;
    }

    public boolean getNullConditional() {
        return nullConditional;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, expression);
        add(into, member);
    }
}
