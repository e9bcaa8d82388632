package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.PSRuntimeException;
import java.util.ArrayList;
import java.util.List;

/**
 * Ast.SafeGetValue (SafeValues.cs GetSafeValueVisitor): the value of an AST made only of
 * constants, strings, arrays, hashtables and $true/$false/$null; anything else (a variable, a
 * script block, a command) is an InvalidOperationException naming the expression.
 */
final class SafeValues {

    private SafeValues() {
    }

    static Object of(Ast ast) {
        try {
            return value(ast);
        } catch (IllegalStateException e) {
            throw new PSRuntimeException("System.InvalidOperationException",
                    "Cannot generate a PowerShell object for a ScriptBlock evaluating dynamic expressions. Dynamic expression: "
                            + ast.getExtent().getText() + ".");
        }
    }

    private static Object value(Ast ast) {
        if (ast instanceof ConstantExpressionAst c) {
            return c.getValue();
        }
        if (ast instanceof ArrayLiteralAst a) {
            return values(a.getElements()).toArray();
        }
        if (ast instanceof ArrayExpressionAst a) {
            List<Object> all = new ArrayList<>();
            for (Ast statement : a.getSubExpression().getStatements()) {
                Object v = value(statement);
                if (v instanceof Object[] items) {
                    all.addAll(List.of(items));
                } else {
                    all.add(v);
                }
            }
            return all.toArray();
        }
        if (ast instanceof HashtableAst h) {
            PSHashtable table = new PSHashtable();
            for (Object pair : h.getKeyValuePairs()) {
                AstTuple t = (AstTuple) pair;
                table.put(value((Ast) t.getItem1()), value((Ast) t.getItem2()));
            }
            return table;
        }
        if (ast instanceof ParenExpressionAst p && p.getPipeline() != null) {
            return value(p.getPipeline());
        }
        if (ast instanceof PipelineAst p && p.getPipelineElements().size() == 1
                && p.getPipelineElements().get(0) instanceof CommandExpressionAst c) {
            return value(c.getExpression());
        }
        if (ast instanceof VariableExpressionAst v) {
            String name = String.valueOf(v.getVariablePath());
            if (name.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (name.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
            if (name.equalsIgnoreCase("null")) {
                return null;
            }
        }
        throw new IllegalStateException();
    }

    private static List<Object> values(List<Ast> asts) {
        List<Object> out = new ArrayList<>();
        for (Ast a : asts) {
            out.add(value(a));
        }
        return out;
    }
}
