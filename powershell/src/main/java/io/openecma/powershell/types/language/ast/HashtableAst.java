package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.HashtableAst (ast.cs): a read-only node of the recovering parser's tree. */
public class HashtableAst extends ExpressionAst {
    private final List keyValuePairs;
    private final List<Ast> pairs;

    public HashtableAst(ScriptExtent extent, List keyValuePairs, List<Ast> pairs) {
        super(extent);
        this.keyValuePairs = keyValuePairs;
        this.pairs = adopt(pairs);
    }

    public List getKeyValuePairs() {
        return keyValuePairs;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, pairs);
    }
}
