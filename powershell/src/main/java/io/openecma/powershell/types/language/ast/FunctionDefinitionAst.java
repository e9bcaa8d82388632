package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.FunctionDefinitionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class FunctionDefinitionAst extends StatementAst {
    private final boolean isFilter;
    private final boolean isWorkflow;
    private final String name;
    private final List<Ast> parameters;
    private final ScriptBlockAst body;

    public FunctionDefinitionAst(ScriptExtent extent, boolean isFilter, boolean isWorkflow, String name, List<Ast> parameters, ScriptBlockAst body) {
        super(extent);
        this.isFilter = isFilter;
        this.isWorkflow = isWorkflow;
        this.name = name;
        this.parameters = adopt(parameters);
        this.body = adopt(body);
    }

    public boolean getIsFilter() {
        return isFilter;
    }

    public boolean getIsWorkflow() {
        return isWorkflow;
    }

    public String getName() {
        return name;
    }

    public List<Ast> getParameters() {
        return parameters;
    }

    public ScriptBlockAst getBody() {
        return body;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, parameters);
        add(into, body);
    }
}
