package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.FileRedirectionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class FileRedirectionAst extends RedirectionAst {
    private final ExpressionAst location;
    private final boolean append;

    public FileRedirectionAst(ScriptExtent extent, Object fromStream, ExpressionAst location, boolean append) {
        super(extent, fromStream);
        this.location = adopt(location);
        this.append = append;
    }

    public ExpressionAst getLocation() {
        return location;
    }

    public boolean getAppend() {
        return append;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, location);
    }
}
