package io.openecma.powershell.types;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A .NET type as scripts see it ({@code [string]}, {@code [System.Collections.Generic.List[int]]}):
 * its full name, the Java class that represents its values, and how members, construction and
 * conversion work. {@code statics} holds static members ({@code [T]::M()}); {@code extensions}
 * holds instance members as static methods whose first parameter is the instance; when
 * {@code reflectInstance} is set, the Java class's own public methods and getters are the members.
 */
public final class PSType {

    private final String fullName;
    private final Class<?> javaClass;
    private final List<PSType> genericArguments;
    private final Class<?> statics;
    private final Class<?> extensions;
    private final boolean reflectInstance;
    private final Predicate<Object> instanceTest;
    private final Function<Object, Object> converter;
    private final Function<List<Object>, Object> constructor;
    /** Set for types a script defined (class, enum); null for registered ones. */
    private ScriptTypeBehavior scriptType;

    PSType(String fullName, Class<?> javaClass, List<PSType> genericArguments, Class<?> statics, Class<?> extensions,
           boolean reflectInstance, Predicate<Object> instanceTest, Function<Object, Object> converter,
           Function<List<Object>, Object> constructor) {
        this.fullName = fullName;
        this.javaClass = javaClass;
        this.genericArguments = List.copyOf(genericArguments);
        this.statics = statics;
        this.extensions = extensions;
        this.reflectInstance = reflectInstance;
        this.instanceTest = instanceTest;
        this.converter = converter;
        this.constructor = constructor;
    }

    /** A type defined by a script's {@code class} or {@code enum} statement. */
    public static PSType scriptDefined(String name, Class<?> valueClass, ScriptTypeBehavior behavior) {
        PSType t = new PSType(name, valueClass, List.of(), null, null, false, behavior::isInstance, behavior::convert,
                behavior::construct);
        t.scriptType = behavior;
        return t;
    }

    public ScriptTypeBehavior scriptType() {
        return scriptType;
    }

    public String fullName() {
        return fullName;
    }

    public String getFullName() {
        return fullName;
    }

    public String getName() {
        if (!genericArguments.isEmpty() && !fullName.endsWith("[]") && fullName.indexOf('[') > 0) {
            String head = fullName.substring(0, fullName.indexOf('['));
            return head.substring(head.lastIndexOf('.') + 1) + "`" + genericArguments.size();
        }
        String n = fullName;
        int generic = n.indexOf('[');
        String head = generic >= 0 ? n.substring(0, generic) : n;
        String tail = generic >= 0 ? n.substring(generic) : "";
        return head.substring(head.lastIndexOf('.') + 1) + (tail.endsWith("[]") && genericArguments.isEmpty() ? tail : "");
    }

    public String getNamespace() {
        int generic = fullName.indexOf('[');
        String head = generic >= 0 ? fullName.substring(0, generic) : fullName;
        int dot = head.lastIndexOf('.');
        return dot < 0 ? "" : head.substring(0, dot);
    }

    public Class<?> javaClass() {
        return javaClass;
    }

    public List<PSType> genericArguments() {
        return genericArguments;
    }

    Class<?> statics() {
        return statics;
    }

    Class<?> extensions() {
        return extensions;
    }

    boolean reflectInstance() {
        return reflectInstance;
    }

    Function<List<Object>, Object> constructor() {
        return constructor;
    }

    public boolean isInstance(Object value) {
        if (value == null) {
            return false;
        }
        if (instanceTest != null) {
            return instanceTest.test(value);
        }
        if (value instanceof FlagsValue f && f.enumType() == javaClass) {
            return true; // a combination of a [Flags] enum's constants is of that enum
        }
        return javaClass != null && javaClass.isInstance(value);
    }

    /** Converts a value to this type (casts, typed parameters, -as). */
    public Object convert(Object value) {
        if (converter != null) {
            return converter.apply(value);
        }
        return io.openecma.powershell.runtime.LanguagePrimitives.convertTo(value, javaClass);
    }

    /** A .NET type is one object per name: [int] -eq [int], and a closed generic equals itself built again. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PSType t && t.fullName.equalsIgnoreCase(fullName);
    }

    @Override
    public int hashCode() {
        return fullName.toLowerCase(java.util.Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return fullName;
    }
}
