package io.openecma.powershell.types;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Open generic type definitions ({@code [System.Collections.Generic.List`1]}, {@code [type]'...List`1'})
 * and {@code MakeGenericType}: FIM-era connector scripts build their result lists this way. An open
 * definition is a type value that can only be closed, never instantiated.
 */
public final class GenericTypes {
    private GenericTypes() {
    }

    /** The open definition a name with an arity suffix names, or null. */
    static PSType openDefinition(TypeRegistry registry, String name) {
        int tick = name.lastIndexOf('`');
        if (tick < 0 || !name.substring(tick + 1).matches("[0-9]+")) {
            return null;
        }
        int arity = Integer.parseInt(name.substring(tick + 1));
        Function<List<PSType>, PSType> closer = registry.lookupGeneric(name, arity);
        if (closer == null || arity == 0) {
            return null;
        }
        // Closing over placeholder parameters gives the definition's name as registered (its casing).
        List<PSType> parameters = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            parameters.add(parameter(arity == 1 ? "T" : "T" + (i + 1)));
        }
        String closed = closer.apply(parameters).fullName();
        String fullName = closed.substring(0, closed.indexOf('[')) + "`" + arity;
        return new PSType(fullName, null, parameters, null, io.openecma.powershell.types.facades.TypeMembers.class,
                false, v -> false, null, args -> {
            throw new PSRuntimeException("System.ArgumentException", "Cannot create an instance of " + fullName
                    + parameters.stream().map(PSType::fullName).collect(java.util.stream.Collectors.joining(",", "[", "]"))
                    + " because Type.ContainsGenericParameters is true.");
        });
    }

    private static PSType parameter(String name) {
        return new PSType(name, null, List.of(), null, null, false, v -> false, null, null);
    }

    /** Whether a type is an open definition (its name ends in its arity). */
    public static boolean isDefinition(PSType t) {
        return t.javaClass() == null && !t.genericArguments().isEmpty() && t.fullName().matches("(?s).*`[0-9]+");
    }

    /** Whether a type is a closed generic type (List[string], Dictionary[string,int]). */
    public static boolean isClosed(PSType t) {
        return !isDefinition(t) && !t.genericArguments().isEmpty() && !t.fullName().endsWith("[]");
    }

    /** {@code Type.MakeGenericType(params Type[])}: closes an open definition over type arguments. */
    public static PSType make(PSType definition, Object typeArguments) {
        TypeRegistry registry = ExecutionContext.current().types();
        if (!isDefinition(definition)) {
            throw new PSRuntimeException("System.InvalidOperationException", definition.fullName()
                    + " is not a GenericTypeDefinition. MakeGenericType may only be called on a type for which "
                    + "Type.IsGenericTypeDefinition is true.");
        }
        PSType typeType = registry.lookup("System.Type");
        List<PSType> args = new ArrayList<>();
        for (Object a : LanguagePrimitives.toList(LanguagePrimitives.unwrapNull(typeArguments))) {
            if (LanguagePrimitives.unwrapNull(a) == null) {
                throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: typeArguments")
                        .withParamName("typeArguments");
            }
            args.add((PSType) typeType.convert(a));
        }
        if (args.size() != definition.genericArguments().size()) {
            throw new PSRuntimeException("System.ArgumentException", "The number of generic arguments provided doesn't equal "
                    + "the arity of the generic type definition.\r\nParameter name: instantiation").withParamName("instantiation");
        }
        return registry.lookupGeneric(definition.fullName(), args.size()).apply(args);
    }

    /** {@code Type.GetGenericTypeDefinition()}. */
    public static PSType definitionOf(PSType t) {
        if (isDefinition(t)) {
            return t;
        }
        if (!isClosed(t)) {
            throw new PSRuntimeException("System.InvalidOperationException",
                    "This operation is only valid on generic types.");
        }
        String head = t.fullName().substring(0, t.fullName().indexOf('['));
        PSType open = ExecutionContext.current().types().lookup(head + "`" + t.genericArguments().size());
        if (open == null) {
            throw new PSRuntimeException("System.NotSupportedException", "The generic definition of " + t.fullName()
                    + " is not available.");
        }
        return open;
    }
}
