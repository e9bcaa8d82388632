package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.StringConstantExpressionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class StringConstantExpressionAst extends ConstantExpressionAst {
    private final String stringConstantType;

    public StringConstantExpressionAst(ScriptExtent extent, Object value, String stringConstantType) {
        super(extent, value);
        this.stringConstantType = stringConstantType;
    }

    public String getStringConstantType() {
        return stringConstantType;
    }
}
