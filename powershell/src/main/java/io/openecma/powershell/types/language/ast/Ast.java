package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ScriptBlock;
import io.openecma.powershell.types.DelegateValue;
import io.openecma.powershell.types.language.ScriptExtent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * System.Management.Automation.Language.Ast: every node knows its extent and parent, and can be
 * searched with Find/FindAll. Subclasses list their child nodes in source order, the order
 * PowerShell's AstVisitor walks them.
 */
public abstract class Ast {

    private final ScriptExtent extent;
    private Ast parent;

    protected Ast(ScriptExtent extent) {
        this.extent = extent;
    }

    public ScriptExtent getExtent() {
        return extent;
    }

    public Ast getParent() {
        return parent;
    }

    /** Adds this node's direct children in source order. */
    protected void addChildren(List<Ast> into) {
    }

    protected final <T extends Ast> T adopt(T child) {
        if (child != null) {
            ((Ast) child).parent = this;
        }
        return child;
    }

    protected final List<Ast> adopt(List<Ast> children) {
        if (children == null) {
            return null;
        }
        // A DotNetList, so scripts see a .NET collection (Count, indexing) as PowerShell's ReadOnlyCollection.
        io.openecma.powershell.types.DotNetList list = new io.openecma.powershell.types.DotNetList(null);
        for (Ast child : children) {
            list.add(adopt(child));
        }
        @SuppressWarnings("unchecked")
        List<Ast> typed = (List<Ast>) (List<?>) list;
        return typed;
    }

    protected static void add(List<Ast> into, Ast child) {
        if (child != null) {
            into.add(child);
        }
    }

    protected static void add(List<Ast> into, List<Ast> children) {
        if (children != null) {
            children.forEach(c -> add(into, c));
        }
    }

    /** Ast.FindAll(predicate, searchNestedScriptBlocks): this node and its descendants, pre-order. */
    public List<Ast> FindAll(Object predicate, boolean searchNestedScriptBlocks) {
        Predicate<Ast> test = predicateOf(predicate);
        List<Ast> found = new ArrayList<>();
        walk(this, test, searchNestedScriptBlocks, found, false);
        return found;
    }

    /** Ast.Find: the first node FindAll would return, or $null. */
    public Ast Find(Object predicate, boolean searchNestedScriptBlocks) {
        Predicate<Ast> test = predicateOf(predicate);
        List<Ast> found = new ArrayList<>();
        walk(this, test, searchNestedScriptBlocks, found, true);
        return found.isEmpty() ? null : found.get(0);
    }

    private static boolean walk(Ast node, Predicate<Ast> test, boolean nested, List<Ast> found, boolean firstOnly) {
        if (test.test(node)) {
            found.add(node);
            if (firstOnly) {
                return true;
            }
        }
        List<Ast> children = new ArrayList<>();
        node.addChildren(children);
        for (Ast child : children) {
            // Nested script blocks are visited only when asked (AstSearcher skips them otherwise).
            if (!nested && child instanceof ScriptBlockAst) {
                continue;
            }
            if (walk(child, test, nested, found, firstOnly)) {
                return true;
            }
        }
        return false;
    }

    /** A script block (param($ast) ...) or a Func[Ast,bool] delegate; its result is tested for truth. */
    private static Predicate<Ast> predicateOf(Object predicate) {
        Object p = LanguagePrimitives.base(predicate);
        if (p instanceof ScriptBlock block) {
            return ast -> LanguagePrimitives.isTrue(ExecutionContext.current().invokeScriptBlock(block, ast));
        }
        if (p instanceof DelegateValue d) {
            return ast -> LanguagePrimitives.isTrue(d.DynamicInvoke(ast));
        }
        throw new PSRuntimeException("System.Management.Automation.MethodException",
                "Cannot convert argument \"predicate\" to type \"System.Func`2[System.Management.Automation.Language.Ast,System.Boolean]\".");
    }

    /** Ast.SafeGetValue(): the value of a constant expression, or InvalidOperationException. */
    public Object SafeGetValue() {
        return SafeValues.of(this);
    }

    @Override
    public String toString() {
        return extent == null ? "" : extent.getText();
    }
}
