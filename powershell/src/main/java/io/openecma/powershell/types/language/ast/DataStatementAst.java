package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.DataStatementAst (ast.cs): a read-only node of the recovering parser's tree. */
public class DataStatementAst extends StatementAst {
    private final String variable;
    private final List<Ast> commandsAllowed;
    private final StatementBlockAst body;

    public DataStatementAst(ScriptExtent extent, String variable, List<Ast> commandsAllowed, StatementBlockAst body) {
        super(extent);
        this.variable = variable;
        this.commandsAllowed = adopt(commandsAllowed);
        this.body = adopt(body);
    }

    public String getVariable() {
        return variable;
    }

    public List<Ast> getCommandsAllowed() {
        return commandsAllowed;
    }

    public StatementBlockAst getBody() {
        return body;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, commandsAllowed);
        add(into, body);
    }
}
