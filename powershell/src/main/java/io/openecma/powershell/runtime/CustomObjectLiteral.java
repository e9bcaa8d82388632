package io.openecma.powershell.runtime;

import io.openecma.powershell.ast.Expression;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code [PSCustomObject]@{ Name = ...; ... }} with plain names as keys, built straight into the
 * object: no hashtable is made (and dropped) on the way. The result and its errors are those of
 * evaluating the hashtable literal and converting it: entries in order, key then value, a key
 * given twice (ignoring case) is "Duplicate keys" as in a hash literal.
 * <p>
 * The keys of one literal are the same every time it runs, so its {@link Shape} (the shared
 * property layout its objects end up with, and where a duplicate key is) is worked out once per
 * syntax-tree node and each object is made with its layout at once.
 */
final class CustomObjectLiteral {

    /** Shapes per literal node (by identity) on this thread; forgotten all at once past this many. */
    private static final int MAX_SHAPES = 1024;
    private static final ThreadLocal<Map<Expression.Hashtable, Shape>> SHAPES = ThreadLocal.withInitial(IdentityHashMap::new);

    /**
     * The keys as written, the layout an object of all of them has (null when it is not a shared
     * one), and the index of the first key that repeats an earlier one (-1: none).
     */
    record Shape(String[] keys, PropertyLayout layout, int duplicateAt) {
    }

    private CustomObjectLiteral() {
    }

    /** Whether every key is written as a plain name or quoted string (then each key is a String). */
    static boolean applies(Expression.Hashtable literal) {
        for (Expression.HashEntry entry : literal.entries()) {
            if (!(entry.key() instanceof Expression.StringConstant)) {
                return false;
            }
        }
        return true;
    }

    static PSObject build(Interpreter in, Expression.Hashtable literal) {
        Shape shape = shapeOf(literal);
        if (shape.layout() == null || hasTypeNameKey(literal)) {
            return buildOneByOne(in, literal);
        }
        List<Expression.HashEntry> entries = literal.entries();
        PSObject.NoteProperty[] slots = new PSObject.NoteProperty[shape.keys().length];
        for (int i = 0; i < slots.length; i++) {
            if (i == shape.duplicateAt()) {
                throw duplicate(shape.keys()[i]);
            }
            slots[i] = new PSObject.NoteProperty(shape.keys()[i], in.statementValue(entries.get(i).value()));
        }
        return PSObject.withLayout(shape.layout(), slots);
    }

    static Shape shapeOf(Expression.Hashtable literal) {
        Map<Expression.Hashtable, Shape> shapes = SHAPES.get();
        Shape known = shapes.get(literal);
        if (known != null) {
            return known;
        }
        List<Expression.HashEntry> entries = literal.entries();
        String[] keys = new String[entries.size()];
        PropertyLayout layout = PropertyLayout.EMPTY;
        int duplicateAt = -1;
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((Expression.StringConstant) entries.get(i).key()).value();
            String folded = FoldedNames.fold(keys[i]);
            if (duplicateAt < 0 && layout.indexOf(folded) >= 0) {
                duplicateAt = i;
            }
            if (duplicateAt < 0) {
                layout = layout.with(folded);
            }
        }
        if (duplicateAt >= 0) {
            // The object never gets past the duplicate: only the keys before it are ever used.
            keys = java.util.Arrays.copyOf(keys, duplicateAt + 1);
        }
        Shape shape = new Shape(keys, layout.isShared() ? layout : null, duplicateAt);
        if (shapes.size() >= MAX_SHAPES) {
            shapes.clear();
        }
        shapes.put(literal, shape);
        return shape;
    }

    /** Objects whose layout is not shared (very many keys) are built a property at a time. */
    private static PSObject buildOneByOne(Interpreter in, Expression.Hashtable literal) {
        PSObject o = new PSObject();
        for (Expression.HashEntry entry : literal.entries()) {
            String key = ((Expression.StringConstant) entry.key()).value();
            if (o.hasProperty(key)) {
                throw duplicate(key);
            }
            Object value = in.statementValue(entry.value());
            if (!isTypeName(key, value, o)) {
                o.addNoteProperty(key, value);
            }
        }
        return o;
    }

    /** A hashtable made a PSCustomObject: the same PSTypeName rule as the literal. */
    static PSObject fromHashtable(PSHashtable h) {
        PSObject o = new PSObject();
        h.forEach((k, v) -> {
            if (!(k instanceof String key && isTypeName(key, v, o))) {
                o.addNoteProperty(String.valueOf(k), v);
            }
        });
        return o;
    }

    private static boolean hasTypeNameKey(Expression.Hashtable literal) {
        for (Expression.HashEntry entry : literal.entries()) {
            if (((Expression.StringConstant) entry.key()).value().equalsIgnoreCase(PS_TYPE_NAME)) {
                return true;
            }
        }
        return false;
    }

    /**
     * LanguagePrimitives (hashtable to PSCustomObject): a PSTypeName key with a string value is
     * no property; the string goes first in the object's type names.
     */
    private static boolean isTypeName(String key, Object value, PSObject o) {
        Object v = value instanceof PSObject p && p.baseObject() != null ? p.baseObject() : value;
        if (key.equalsIgnoreCase(PS_TYPE_NAME) && v instanceof String name) {
            o.typeNames().add(0, name);
            return true;
        }
        return false;
    }

    private static final String PS_TYPE_NAME = "PSTypeName";

    private static PSRuntimeException duplicate(String key) {
        return new PSRuntimeException("System.Management.Automation.RuntimeException",
                "Duplicate keys '" + key + "' are not allowed in hash literals.");
    }
}
