package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.CommandAst (ast.cs): a read-only node of the recovering parser's tree. */
public class CommandAst extends CommandBaseAst {
    private final List<Ast> commandElements;
    private final Object invocationOperator;
    private final List<Ast> redirections;

    public CommandAst(ScriptExtent extent, List<Ast> commandElements, Object invocationOperator, List<Ast> redirections) {
        super(extent);
        this.commandElements = adopt(commandElements);
        this.invocationOperator = invocationOperator;
        this.redirections = adopt(redirections);
    }

    public List<Ast> getCommandElements() {
        return commandElements;
    }

    public Object getInvocationOperator() {
        return invocationOperator;
    }

    public List<Ast> getRedirections() {
        return redirections;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, commandElements);
        add(into, redirections);
    }
}
