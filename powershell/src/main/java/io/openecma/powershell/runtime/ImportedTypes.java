package io.openecma.powershell.runtime;

import io.openecma.powershell.types.PSType;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The classes and enums that {@code using module} brought into one scope, by module: they are
 * visible by module-qualified name ({@code [Foo.Bar]} for class Bar of module Foo), and a short name
 * two imported modules both define is ambiguous (AmbiguousTypeReference) until the script defines
 * a type of that name itself (TypeResolver.cs, SymbolResolver.cs).
 */
final class ImportedTypes {
    /** Folded module name, then folded type name: the type. */
    private final Map<String, Map<String, PSType>> byModule = new LinkedHashMap<>();

    void add(String moduleName, PSType type) {
        byModule.computeIfAbsent(LanguagePrimitives.fold(moduleName), k -> new HashMap<>())
                .put(LanguagePrimitives.fold(type.fullName()), type);
    }

    /** {@code Module.Type}: the type, or null when the prefix is no imported module or it has no such type. */
    PSType qualified(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        Map<String, PSType> types = byModule.get(LanguagePrimitives.fold(name.substring(0, dot)));
        return types == null ? null : types.get(LanguagePrimitives.fold(name.substring(dot + 1)));
    }

    /** The module-qualified names of a short name two or more modules define, or null. */
    String[] ambiguity(String name) {
        String key = LanguagePrimitives.fold(name);
        java.util.List<String> found = new java.util.ArrayList<>();
        for (Map.Entry<String, Map<String, PSType>> m : byModule.entrySet()) {
            PSType t = m.getValue().get(key);
            if (t != null) {
                found.add(moduleNameOf(m.getKey(), m.getValue()) + "." + t.fullName());
            }
        }
        return found.size() > 1 ? found.toArray(new String[0]) : null;
    }

    private final Map<String, String> displayNames = new HashMap<>();

    void rememberName(String moduleName) {
        displayNames.put(LanguagePrimitives.fold(moduleName), moduleName);
    }

    private String moduleNameOf(String folded, Map<String, PSType> types) {
        return displayNames.getOrDefault(folded, folded);
    }
}
