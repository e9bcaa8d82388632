package io.openecma.powershell.types;

import java.util.List;

/**
 * A value of a type a script defined with {@code class} or {@code enum}: it knows its type and
 * answers member access itself (its members run script code).
 */
public interface ScriptDefinedValue {

    PSType psType();

    /** The value as PowerShell renders it in strings (a class's ToString(), an enum's names). */
    String displayString();

    /** What ConvertTo-Json describes: a property map for objects, the number for enums. */
    Object jsonView();

    /** A property value, or {@link Members#MISSING}. */
    Object getMember(String name);

    /** Sets a property; false when there is none of that name. */
    boolean setMember(String name, Object value);

    /** Calls a method, or returns {@link Members#MISSING} when there is none of that name. */
    Object invokeMember(String name, List<Object> args);

    /** Properties the object has but does not list (a class's {@code hidden} ones): Get-Member -Force shows them. */
    default List<String> hiddenPropertyNames() {
        return List.of();
    }

    /** {@code -eq} against another value, or null to use the default rules. */
    default Boolean equalsValue(Object other) {
        return null;
    }

    /** Ordering for {@code -lt} and sorting (IComparable), or null when the type defines none. */
    default Integer compareValue(Object other) {
        return null;
    }
}
