package io.openecma.powershell.runtime;

import io.openecma.powershell.types.PSType;

import java.util.Locale;

/**
 * ParameterBinderBase.ValidateNullOrEmptyArgument: what a parameter that is mandatory (in some
 * parameter set) refuses unless it carries [AllowNull], [AllowEmptyString] or
 * [AllowEmptyCollection]: $null (any type but bool?); an empty string when the parameter is a
 * [string]; for an array or list parameter, an empty collection and (element types that are
 * not value types) null or, for [string[]], empty-string elements.
 */
record MandatoryArgumentRule(String parameter, PSType type, PSType elementType, boolean allowNull,
                             boolean allowEmptyString, boolean allowEmptyCollection) {

    /** The rule for a declared type as written ({@code null}: untyped, i.e. object). */
    static MandatoryArgumentRule of(String parameter, io.openecma.powershell.ast.TypeName declared,
                                    java.util.function.Function<io.openecma.powershell.ast.TypeName, PSType> resolve,
                                    boolean allowNull, boolean allowEmptyString, boolean allowEmptyCollection) {
        PSType type = declared == null ? null : resolve.apply(declared);
        PSType element = declared == null ? null : declared.isArray() ? resolve.apply(declared.elementType())
                : type.genericArguments().isEmpty() ? null : type.genericArguments().get(0);
        return new MandatoryArgumentRule(parameter, type, element, allowNull, allowEmptyString, allowEmptyCollection);
    }

    void check(Object value) {
        check(value, type, true);
    }

    private void check(Object value, PSType declared, boolean recurse) {
        Object v = LanguagePrimitives.base(LanguagePrimitives.unwrapNull(value));
        if (v == null) {
            if (!allowNull) {
                throw error("Cannot bind argument to parameter '" + parameter + "' because it is null.",
                        "ParameterArgumentValidationErrorNullNotAllowed");
            }
            return;
        }
        if (isString(declared)) {
            if ("".equals(LanguagePrimitives.toStringValue(v)) && !allowEmptyString) {
                throw error("Cannot bind argument to parameter '" + parameter + "' because it is an empty string.",
                        "ParameterArgumentValidationErrorEmptyStringNotAllowed");
            }
            return;
        }
        String collection = collectionKind(declared);
        if (!recurse || collection == null) {
            return;
        }
        PSType element = elementType;
        boolean empty = true;
        for (Object item : LanguagePrimitives.isEnumerable(v) ? LanguagePrimitives.toList(v) : java.util.List.of(v)) {
            empty = false;
            if (element == null || !isValueType(element)) {
                check(item, element, false);
            }
        }
        if (empty && !allowEmptyCollection) {
            throw collection.equals("array")
                    ? error("Cannot bind argument to parameter '" + parameter + "' because it is an empty array.",
                            "ParameterArgumentValidationErrorEmptyArrayNotAllowed")
                    : error("Cannot bind argument to parameter '" + parameter + "' because it is an empty collection.",
                            "ParameterArgumentValidationErrorEmptyCollectionNotAllowed");
        }
    }

    private static PSRuntimeException error(String message, String id) {
        return BindingErrors.of(message, id);
    }

    private static boolean isString(PSType t) {
        return t != null && t.fullName().equals("System.String");
    }

    /** "array" for T[], "collection" for the generic list types, null for anything else. */
    private static String collectionKind(PSType t) {
        if (t == null) {
            return null;
        }
        if (t.fullName().endsWith("[]")) {
            return "array";
        }
        String n = t.fullName().toLowerCase(Locale.ROOT);
        return n.startsWith("system.collections.generic.list[") || n.startsWith("system.collections.generic.ilist[")
                || n.startsWith("system.collections.generic.icollection[") ? "collection" : null;
    }

    private static boolean isValueType(PSType t) {
        Class<?> c = t.javaClass();
        return c != null && (c.isPrimitive() || Number.class.isAssignableFrom(c) || c == Boolean.class || c == Character.class
                || c.isEnum());
    }
}
