package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.AttributeAst (ast.cs): a read-only node of the recovering parser's tree. */
public class AttributeAst extends AttributeBaseAst {
    private final List<Ast> positionalArguments;
    private final List<Ast> namedArguments;

    public AttributeAst(ScriptExtent extent, Object typeName, List<Ast> positionalArguments, List<Ast> namedArguments) {
        super(extent, typeName);
        this.positionalArguments = adopt(positionalArguments);
        this.namedArguments = adopt(namedArguments);
    }

    public List<Ast> getPositionalArguments() {
        return positionalArguments;
    }

    public List<Ast> getNamedArguments() {
        return namedArguments;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, positionalArguments);
        add(into, namedArguments);
    }
}
