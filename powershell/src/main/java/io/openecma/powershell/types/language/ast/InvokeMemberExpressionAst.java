package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.InvokeMemberExpressionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class InvokeMemberExpressionAst extends MemberExpressionAst {
    private final List<Ast> arguments;

    public InvokeMemberExpressionAst(ScriptExtent extent, ExpressionAst expression, CommandElementAst member, boolean isStatic, boolean nullConditional, List<Ast> arguments) {
        super(extent, expression, member, isStatic, nullConditional);
        this.arguments = adopt(arguments);
    }

    public List<Ast> getArguments() {
        return arguments;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, arguments);
    }
}
