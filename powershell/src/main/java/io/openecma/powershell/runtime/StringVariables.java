package io.openecma.powershell.runtime;

import io.openecma.powershell.ast.Expression;

import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The variable references that sit textually inside an expandable string (its {@code $x} and
 * everything in its {@code $( )}). Strict mode version 1 (and Set-PSDebug -Strict, which is
 * version 1) does not flag an unset variable there; version 2 does (VariableOps.
 * ThrowStrictModeUndefinedVariable walks the AST parents for an ExpandableStringExpressionAst).
 * A string's nodes are registered when it is first expanded, before any of its parts run.
 */
final class StringVariables {

    private final Set<Object> seenStrings = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Object> inside = Collections.newSetFromMap(new IdentityHashMap<>());

    void register(Expression.ExpandableString s) {
        if (seenStrings.add(s)) {
            for (Object part : s.parts()) {
                collect(part);
            }
        }
    }

    boolean isInsideString(Expression.Variable v) {
        return inside.contains(v);
    }

    /** Walks any AST value (records, lists, maps) for Variable nodes. */
    private void collect(Object node) {
        if (node instanceof Expression.Variable v) {
            inside.add(v);
        } else if (node instanceof Iterable<?> list) {
            list.forEach(this::collect);
        } else if (node instanceof Map<?, ?> map) {
            map.values().forEach(this::collect);
        } else if (node instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    collect(c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read AST node " + r.getClass().getSimpleName(), e);
                }
            }
        }
    }
}
