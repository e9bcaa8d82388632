package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;

import java.util.List;

/**
 * A .NET property's accessor methods, which PowerShell's .NET adapter lets scripts call by name:
 * {@code $hashtable.get_Keys()} reads the Keys property, {@code $list.set_Capacity(8)} writes one.
 * A custom object's note properties have no accessor methods, so they are left out.
 */
public final class PropertyAccessorMethods {
    /** The properties of System.Collections.Hashtable (IDictionary and ICollection). */
    private static final java.util.Set<String> DICTIONARY_PROPERTIES = java.util.Set.of("keys", "values", "count", "isreadonly",
            "isfixedsize", "issynchronized", "syncroot");

    private PropertyAccessorMethods() {
    }

    /** The call's result, or {@link Members#MISSING} when the name is no accessor of a property the object has. */
    public static Object invoke(Object target, String name, List<Object> args) {
        Object t = LanguagePrimitives.base(target);
        if (t == null || t instanceof PSObject p && p.isCustomObject() || name.length() <= 4 || name.charAt(3) != '_') {
            return Members.MISSING;
        }
        String prefix = name.substring(0, 4);
        String property = name.substring(4);
        if (t instanceof java.util.Map<?, ?> && !DICTIONARY_PROPERTIES.contains(property.toLowerCase(java.util.Locale.ROOT))) {
            // A dictionary's keys read like properties ($h.Name) but have no accessor methods.
            return Members.MISSING;
        }
        if (prefix.equalsIgnoreCase("get_") && args.isEmpty()) {
            return Members.getProperty(t, property);
        }
        if (prefix.equalsIgnoreCase("set_") && args.size() == 1 && Members.getProperty(t, property) != Members.MISSING) {
            Members.setProperty(t, property, args.get(0));
            // A setter returns void: nothing goes to the pipeline.
            return io.openecma.powershell.runtime.AutomationNull.VALUE;
        }
        return Members.MISSING;
    }
}
