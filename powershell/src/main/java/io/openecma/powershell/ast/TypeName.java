package io.openecma.powershell.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A type name as written: {@code string}, {@code string[]},
 * {@code System.Collections.Generic.Dictionary[string,object]}.
 */
public record TypeName(String name, List<TypeName> genericArguments, int arrayRank) {

    public TypeName {
        genericArguments = List.copyOf(genericArguments);
    }

    public static TypeName simple(String name) {
        return new TypeName(name, List.of(), 0);
    }

    public boolean isArray() {
        return arrayRank > 0;
    }

    public boolean isGeneric() {
        return !genericArguments.isEmpty();
    }

    public TypeName elementType() {
        return new TypeName(name, genericArguments, arrayRank - 1);
    }

    @Override
    public String toString() {
        String s = name;
        if (isGeneric()) {
            s += genericArguments.stream().map(TypeName::toString).collect(Collectors.joining(",", "[", "]"));
        }
        return s + "[]".repeat(arrayRank);
    }
}
