package io.openecma.powershell.parser;

import io.openecma.powershell.ast.TypeName;

/**
 * The door from the parser to the types a session knows, for the type names 5.1 resolves while
 * parsing a class or enum (SymbolResolver.cs VisitTypeName: a name that no type has inside a type
 * definition is a parse error). The runtime installs the lookup; with none installed, or outside a
 * running session, nothing is reported.
 */
public final class ParseTimeTypes {

    /** Answers whether a type (or, for an attribute, an attribute class) of this name exists; null: cannot tell. */
    public interface Lookup {
        Boolean exists(TypeName name, boolean attribute);

        /** Whether a module of this bare name can be found; null: cannot tell. */
        default Boolean moduleExists(String name) {
            return null;
        }
    }

    private static volatile Lookup lookup;
    /** Set while a parse must not resolve names (a script whose classes are renamed before they are defined). */
    private static final ThreadLocal<Boolean> SUSPENDED = ThreadLocal.withInitial(() -> false);

    private ParseTimeTypes() {
    }

    public static void install(Lookup l) {
        lookup = l;
    }

    /** Runs a parse whose class declarations name types that exist only once it is done (Add-Type's translation). */
    public static <T> T unresolved(java.util.function.Supplier<T> parse) {
        boolean saved = SUSPENDED.get();
        SUSPENDED.set(true);
        try {
            return parse.get();
        } finally {
            SUSPENDED.set(saved);
        }
    }

    /** True when the module can be found, or when nothing can tell. */
    static boolean moduleKnown(String name) {
        Lookup l = lookup;
        if (l == null || SUSPENDED.get()) {
            return true;
        }
        Boolean r = l.moduleExists(name);
        return r == null || r;
    }

    /** True when the type is known, or when there is no session to ask. */
    static boolean known(TypeName name, boolean attribute) {
        Lookup l = lookup;
        if (l == null) {
            return true;
        }
        Boolean r = l.exists(name, attribute);
        return r == null || r;
    }

    /**
     * A name under the .NET Framework's own namespaces ({@code System.}, {@code Microsoft.}), or one
     * of 5.1's type accelerators ({@code [ipaddress]}): the
     * engine models only part of .NET, so such a name it cannot resolve is taken to be a framework
     * type it does not model, and is not reported (5.1 would find it).
     */
    public static boolean isFrameworkName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.startsWith("system.") || n.startsWith("microsoft.") || ACCELERATORS.contains(n);
    }

    /** 5.1's type accelerators (TypeResolver.cs CoreTypes and the built-in ones): framework types by short name. */
    private static final java.util.Set<String> ACCELERATORS = java.util.Set.of("alias", "allowemptycollection",
            "allowemptystring", "allownull", "argumentcompleter", "array", "bool", "byte", "char", "cmdletbinding", "datetime",
            "decimal", "double", "dscresource", "float", "single", "guid", "hashtable", "int", "int32", "short", "int16", "long",
            "int64", "ciminstance", "cimclass", "cimtype", "cimconverter", "ipendpoint", "nullstring", "outputtype",
            "objectsecurity", "parameter", "physicaladdress", "pscredential", "psdefaultvalue", "pslistmodifier", "psobject",
            "pscustomobject", "psprimitivedictionary", "ref", "pstypenameattribute", "regex", "dscproperty", "sbyte", "string",
            "supportswildcards", "switch", "cultureinfo", "bigint", "securestring", "timespan", "uint16", "uint32", "uint64",
            "uri", "validatecount", "validatedrive", "validatelength", "validatenotnull", "validatenotnullorempty",
            "validatepattern", "validaterange", "validatescript", "validateset", "validatetrusteddata", "validateuserdrive",
            "version", "void", "ipaddress", "wildcardpattern", "x509certificate", "x500distinguishedname", "xml", "cimsession",
            "mailaddress", "adsi", "adsisearcher", "wmi", "wmiclass", "wmisearcher", "scriptblock", "psvariable", "type",
            "psmoduleinfo", "powershell", "runspacefactory", "runspace", "initialsessionstate", "psscriptmethod",
            "psscriptproperty", "psnoteproperty", "psaliasproperty", "psvariableproperty", "accelerators");

    /** True when a session is there to ask (otherwise no name is reported). */
    static boolean available(TypeName probe) {
        Lookup l = lookup;
        return l != null && !SUSPENDED.get() && l.exists(probe, false) != null;
    }
}
