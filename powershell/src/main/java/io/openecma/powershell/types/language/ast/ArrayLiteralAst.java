package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.ArrayLiteralAst (ast.cs): a read-only node of the recovering parser's tree. */
public class ArrayLiteralAst extends ExpressionAst {
    private final List<Ast> elements;

    public ArrayLiteralAst(ScriptExtent extent, List<Ast> elements) {
        super(extent);
        this.elements = adopt(elements);
    }

    public List<Ast> getElements() {
        return elements;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, elements);
    }
}
