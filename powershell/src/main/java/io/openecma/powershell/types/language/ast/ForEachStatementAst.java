package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.ForEachStatementAst (ast.cs): a read-only node of the recovering parser's tree. */
public class ForEachStatementAst extends StatementAst {
    private final String label;
    private final Object flags;
    private final ExpressionAst throttleLimit;
    private final VariableExpressionAst variable;
    private final PipelineBaseAst condition;
    private final StatementBlockAst body;

    public ForEachStatementAst(ScriptExtent extent, String label, Object flags, ExpressionAst throttleLimit, VariableExpressionAst variable, PipelineBaseAst condition, StatementBlockAst body) {
        super(extent);
        this.label = label;
        this.flags = flags;
        this.throttleLimit = adopt(throttleLimit);
        this.variable = adopt(variable);
        this.condition = adopt(condition);
        this.body = adopt(body);
    }

    public String getLabel() {
        return label;
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

    public PipelineBaseAst getCondition() {
        return condition;
    }

    public StatementBlockAst getBody() {
        return body;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, throttleLimit);
        add(into, variable);
        add(into, condition);
        add(into, body);
    }
}
