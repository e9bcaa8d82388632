package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.NamedAttributeArgumentAst (ast.cs): a read-only node of the recovering parser's tree. */
public class NamedAttributeArgumentAst extends Ast {
    private final String argumentName;
    private final ExpressionAst argument;
    private final boolean expressionOmitted;

    public NamedAttributeArgumentAst(ScriptExtent extent, String argumentName, ExpressionAst argument, boolean expressionOmitted) {
        super(extent);
        this.argumentName = argumentName;
        this.argument = adopt(argument);
        this.expressionOmitted = expressionOmitted;
    }

    public String getArgumentName() {
        return argumentName;
    }

    public ExpressionAst getArgument() {
        return argument;
    }

    public boolean getExpressionOmitted() {
        return expressionOmitted;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, argument);
    }
}
