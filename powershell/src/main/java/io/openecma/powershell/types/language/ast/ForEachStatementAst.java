package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.ForEachStatementAst (ast.cs): a read-only node of the recovering parser's tree. */
public class ForEachStatementAst extends LoopStatementAst {
    private final Object flags;
    private final ExpressionAst throttleLimit;
    private final VariableExpressionAst variable;

    public ForEachStatementAst(ScriptExtent extent, String label, Object flags, ExpressionAst throttleLimit, VariableExpressionAst variable, PipelineBaseAst condition, StatementBlockAst body) {
        super(extent, label, condition, body);
        this.flags = flags;
        this.throttleLimit = adopt(throttleLimit);
        this.variable = adopt(variable);
    }

    public Object getFlags() {
        return flags;
    }

    public ExpressionAst getThrottleLimit() {
        return throttleLimit;
    }

    public VariableExpressionAst getVariable() {
        return variable;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, throttleLimit);
        add(into, variable);
        add(into, getCondition());
        add(into, getBody());
    }
}
