package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.ErrorStatementAst (ast.cs): a read-only node of the recovering parser's tree. */
public class ErrorStatementAst extends PipelineBaseAst {
    private final Object kind;
    private final Object flags;
    private final List<Ast> conditions;
    private final List<Ast> bodies;
    private final List<Ast> nestedAst;

    public ErrorStatementAst(ScriptExtent extent, Object kind, Object flags, List<Ast> conditions, List<Ast> bodies, List<Ast> nestedAst) {
        super(extent);
        this.kind = kind;
        this.flags = flags;
        this.conditions = adopt(conditions);
        this.bodies = adopt(bodies);
        this.nestedAst = adopt(nestedAst);
    }

    public Object getKind() {
        return kind;
    }

    public Object getFlags() {
        return flags;
    }

    public List<Ast> getConditions() {
        return conditions;
    }

    public List<Ast> getBodies() {
        return bodies;
    }

    public List<Ast> getNestedAst() {
        return nestedAst;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, conditions);
        add(into, bodies);
        add(into, nestedAst);
    }
}
