package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.CommandParameterAst (ast.cs): a read-only node of the recovering parser's tree. */
public class CommandParameterAst extends CommandElementAst {
    private final String parameterName;
    private final ExpressionAst argument;

    public CommandParameterAst(ScriptExtent extent, String parameterName, ExpressionAst argument) {
        super(extent);
        this.parameterName = parameterName;
        this.argument = adopt(argument);
    }

    public String getParameterName() {
        return parameterName;
    }

    public ExpressionAst getArgument() {
        return argument;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, argument);
    }
}
