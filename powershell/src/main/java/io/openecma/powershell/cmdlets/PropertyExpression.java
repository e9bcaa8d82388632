package io.openecma.powershell.cmdlets;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.ScriptBlock;
import io.openecma.powershell.types.Members;
import io.openecma.powershell.types.PSPropertyInfo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One -Property argument of Measure-, Group-, Sort- and Compare-Object (5.1's MshExpression): a
 * property name (wildcards expand to the matching properties of each object) or a script block
 * run with {@code $_} set to the object. As in 5.1, a hashtable's keys are not its properties.
 */
final class PropertyExpression {
    private final String name;
    private final ScriptBlock block;

    private PropertyExpression(String name, ScriptBlock block) {
        this.name = name;
        this.block = block;
    }

    static PropertyExpression of(Object argument) {
        Object a = LanguagePrimitives.base(argument);
        if (a instanceof ScriptBlock sb) {
            return new PropertyExpression(null, sb);
        }
        return new PropertyExpression(LanguagePrimitives.toStringValue(a), null);
    }

    static List<PropertyExpression> list(Object arguments) {
        List<PropertyExpression> out = new ArrayList<>();
        for (Object a : LanguagePrimitives.toList(arguments)) {
            out.add(of(a));
        }
        return out;
    }

    boolean isScriptBlock() {
        return block != null;
    }

    boolean hasWildcard() {
        return name != null && Wildcard.containsWildcard(name);
    }

    /** The text 5.1 shows for the expression: the name, or the script block's text. */
    @Override
    public String toString() {
        return block != null ? block.toString() : name;
    }

    /** The concrete expressions this one stands for on {@code item}; empty when no property matches. */
    List<PropertyExpression> resolve(Object item) {
        if (block != null) {
            return List.of(this);
        }
        if (!hasWildcard()) {
            return hasProperty(item, name) ? List.of(this) : List.of();
        }
        Wildcard w = Wildcard.compile(name, false);
        List<PropertyExpression> out = new ArrayList<>();
        for (String n : propertyNames(item)) {
            if (w.matches(n)) {
                out.add(new PropertyExpression(n, null));
            }
        }
        return out;
    }

    /** The value on {@code item}, or {@link Members#MISSING} when the object has no such property. */
    Object value(CommandContext c, Object item) {
        if (block != null) {
            return LanguagePrimitives.fromPipeline(c.invoke(block, item));
        }
        if (!hasProperty(item, name)) {
            return Members.MISSING;
        }
        return ((CommandContextImpl) c).interpreter().getMember(item, name);
    }

    static boolean hasProperty(Object item, String name) {
        Object v = LanguagePrimitives.unwrapNull(item);
        if (v == null) {
            return false;
        }
        if (v instanceof java.util.Map<?, ?>) {
            return propertyNames(v).stream().anyMatch(n -> n.equalsIgnoreCase(name));
        }
        return Members.getProperty(v, name) != Members.MISSING;
    }

    /** Property names of an object in declaration order (note properties first). */
    static List<String> propertyNames(Object item) {
        Object v = LanguagePrimitives.unwrapNull(item);
        Set<String> seen = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        if (v == null) {
            return names;
        }
        if (v instanceof PSObject o && o.isCustomObject()) {
            o.properties().forEach(p -> names.add(p.name()));
            return names;
        }
        for (Object p : new Members.PSObjectView(v).getProperties()) {
            String n = ((PSPropertyInfo) p).getName();
            if (seen.add(n.toLowerCase(Locale.ROOT))) {
                names.add(n);
            }
        }
        if (v instanceof String && seen.add("length")) {
            names.add("Length");
        }
        return names;
    }
}
