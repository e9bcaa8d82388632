package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.ExpandableStringExpressionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class ExpandableStringExpressionAst extends ExpressionAst {
    private final String value;
    private final String stringConstantType;
    private final List<Ast> nestedExpressions;

    public ExpandableStringExpressionAst(ScriptExtent extent, String value, String stringConstantType, List<Ast> nestedExpressions) {
        super(extent);
        this.value = value;
        this.stringConstantType = stringConstantType;
        this.nestedExpressions = adopt(nestedExpressions);
    }

    public String getValue() {
        return value;
    }

    public String getStringConstantType() {
        return stringConstantType;
    }

    public List<Ast> getNestedExpressions() {
        return nestedExpressions;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, nestedExpressions);
    }
}
