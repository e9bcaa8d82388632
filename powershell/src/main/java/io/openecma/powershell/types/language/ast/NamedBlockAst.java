package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.NamedBlockAst (ast.cs): a read-only node of the recovering parser's tree. */
public class NamedBlockAst extends Ast {
    private final List<Ast> statements;
    private final List<Ast> traps;
    private final Object blockKind;
    private final boolean unnamed;

    public NamedBlockAst(ScriptExtent extent, List<Ast> statements, List<Ast> traps, Object blockKind, boolean unnamed) {
        super(extent);
        this.statements = adopt(statements);
        this.traps = adopt(traps);
        this.blockKind = blockKind;
        this.unnamed = unnamed;
    }

    public List<Ast> getStatements() {
        return statements;
    }

    public List<Ast> getTraps() {
        return traps;
    }

    public Object getBlockKind() {
        return blockKind;
    }

    public boolean getUnnamed() {
        return unnamed;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, statements);
        add(into, traps);
    }
}
