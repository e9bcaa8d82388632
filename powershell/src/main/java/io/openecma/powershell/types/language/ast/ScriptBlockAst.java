package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.parser.ParseException;
import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ScriptBlock;
import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/**
 * System.Management.Automation.Language.ScriptBlockAst (ast.cs). GetScriptBlock() compiles the
 * block's text with the engine's own parser, so what runs is what scripts run.
 */
public class ScriptBlockAst extends Ast {
    private final List<Ast> usingStatements;
    private final List<Ast> attributes;
    private final ParamBlockAst paramBlock;
    private final NamedBlockAst dynamicParamBlock;
    private final NamedBlockAst beginBlock;
    private final NamedBlockAst processBlock;
    private final NamedBlockAst endBlock;
    private final NamedBlockAst cleanBlock;
    private final Object scriptRequirements;

    public ScriptBlockAst(ScriptExtent extent, List<Ast> usingStatements, List<Ast> attributes, ParamBlockAst paramBlock, NamedBlockAst dynamicParamBlock, NamedBlockAst beginBlock, NamedBlockAst processBlock, NamedBlockAst endBlock, NamedBlockAst cleanBlock, Object scriptRequirements) {
        super(extent);
        this.usingStatements = adopt(usingStatements);
        this.attributes = adopt(attributes);
        this.paramBlock = adopt(paramBlock);
        this.dynamicParamBlock = adopt(dynamicParamBlock);
        this.beginBlock = adopt(beginBlock);
        this.processBlock = adopt(processBlock);
        this.endBlock = adopt(endBlock);
        this.cleanBlock = adopt(cleanBlock);
        this.scriptRequirements = scriptRequirements;
    }

    public List<Ast> getUsingStatements() {
        return usingStatements;
    }

    public List<Ast> getAttributes() {
        return attributes;
    }

    public ParamBlockAst getParamBlock() {
        return paramBlock;
    }

    public NamedBlockAst getDynamicParamBlock() {
        return dynamicParamBlock;
    }

    public NamedBlockAst getBeginBlock() {
        return beginBlock;
    }

    public NamedBlockAst getProcessBlock() {
        return processBlock;
    }

    public NamedBlockAst getEndBlock() {
        return endBlock;
    }

    public NamedBlockAst getCleanBlock() {
        return cleanBlock;
    }

    public Object getScriptRequirements() {
        return scriptRequirements;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, usingStatements);
        add(into, attributes);
        add(into, paramBlock);
        add(into, dynamicParamBlock);
        add(into, beginBlock);
        add(into, processBlock);
        add(into, endBlock);
        add(into, cleanBlock);
    }

    private boolean hadErrors;

    /** Marks a parsed tree whose text had parse errors (ParseInput reported some). */
    public void markHadErrors() {
        hadErrors = true;
    }

    /**
     * ScriptBlockAst.GetScriptBlock (ast.cs): a tree parsed with errors throws
     * PSInvalidOperationException, for the root and every nested block; otherwise the block's
     * text is compiled by the engine's parser.
     */
    public ScriptBlock GetScriptBlock() {
        Ast root = this;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        if (root instanceof ScriptBlockAst top && top.hadErrors) {
            throw new PSRuntimeException("System.Management.Automation.PSInvalidOperationException",
                    "Operation is not valid due to the current state of the object.");
        }
        String text = getExtent().getText();
        if (getParent() != null && text.startsWith("{")) {
            text = text.substring(1, text.endsWith("}") ? text.length() - 1 : text.length());
        }
        try {
            return new ScriptBlock(Parser.parseScript(null, text), null);
        } catch (ParseException e) {
            throw new PSRuntimeException("System.Management.Automation.ParseException", e.getMessage());
        }
    }
}
