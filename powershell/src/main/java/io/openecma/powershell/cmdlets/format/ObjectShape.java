package io.openecma.powershell.cmdlets.format;

import io.openecma.powershell.dotnet.DotNetDateTime;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.types.Members;
import io.openecma.powershell.types.PSPropertyInfo;
import io.openecma.powershell.types.TypeRegistry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the default formatter sees in an object: a scalar printed as its text, or an object with
 * properties, shown as a table when it has at most 4 (5.1's rule without a format view) and as a
 * list otherwise. A dictionary's entries are shown as a Name/Value table (Name 30 wide).
 */
final class ObjectShape {
    static final int MAX_TABLE_COLUMNS = 4;

    private ObjectShape() {
    }

    static boolean isScalar(Object value) {
        Object b = LanguagePrimitives.base(value);
        return b == null || b instanceof String || b instanceof Number || b instanceof Boolean || b instanceof Character
                || b instanceof Enum<?> || b instanceof DotNetDateTime || b instanceof Duration || b instanceof UUID
                || b instanceof io.openecma.powershell.runtime.ScriptBlock;
    }

    static boolean isDictionary(Object value) {
        return LanguagePrimitives.base(value) instanceof Map<?, ?>;
    }

    /** Property names in order (note properties of a custom object, public getters of a .NET-style object). */
    static List<String> properties(Object value) {
        Object v = LanguagePrimitives.unwrapNull(value);
        List<String> names = new ArrayList<>();
        if (v instanceof PSObject o && o.isCustomObject()) {
            o.properties().forEach(p -> names.add(p.name()));
            return names;
        }
        List<String> view = DefaultViews.columns(TypeRegistry.typeNameOf(LanguagePrimitives.base(v)));
        if (view != null) {
            return view;
        }
        for (Object p : new Members.PSObjectView(v).getProperties()) {
            names.add(((PSPropertyInfo) p).getName());
        }
        names.sort(java.util.Comparator.comparingInt(n -> declarationIndex(LanguagePrimitives.base(v).getClass(), n)));
        return names;
    }

    /** Getters come back from reflection in no set order; fields are declared in the .NET member order. */
    private static int declarationIndex(Class<?> type, String property) {
        int index = 0;
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
            chain.add(k);
        }
        for (Class<?> k : chain) {
            for (java.lang.reflect.Field f : k.getDeclaredFields()) {
                if (f.getName().equalsIgnoreCase(property)) {
                    return index;
                }
                index++;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Objects that share a table: same type and same property names. */
    static String key(Object value) {
        Object v = LanguagePrimitives.unwrapNull(value);
        return TypeRegistry.typeNameOf(v) + "|" + String.join("|", properties(v)).toLowerCase(java.util.Locale.ROOT);
    }
}
