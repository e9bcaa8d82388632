package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.ast.TypeName;
import io.openecma.powershell.parser.ParseTimeTypes;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.TypeRegistry;

import java.util.Locale;
import java.util.Set;

/**
 * What the parser asks about the type names of class declarations ({@link ParseTimeTypes}): the
 * session's types, and the attribute classes the engine understands. The engine takes most of
 * PowerShell's attributes by name rather than as registered types, so those names are listed here
 * (System.Management.Automation's parameter, validation and DSC attributes, and the System
 * attributes scripts put on classes and enums).
 */
public final class ParseTimeTypeLookup {

    private static final Set<String> ATTRIBUTES = Set.of("parameter", "cmdletbinding", "alias", "allowemptycollection",
            "allowemptystring", "allownull", "argumentcompleter", "credential", "dscresource", "dscproperty",
            "dsclocalconfigurationmanager", "outputtype", "psdefaultvalue", "pstypename", "supportswildcards",
            "validatecount", "validatelength", "validatepattern", "validaterange", "validatescript", "validateset",
            "validatenotnull", "validatenotnullorempty", "validatedrive", "validateuserdrive", "cmdlet", "obsolete",
            "flags", "serializable", "nonserialized", "debuggerhidden", "debuggerstepthrough", "hidden",
            "suppressmessage", "experimental", "attributeusage", "initialsessionstateentry", "validatetrusteddata",
            "cmdletcommonmetadata", "transformation");

    private static final String[] NAMESPACES = {"", "system.", "system.management.automation.", "system.diagnostics.",
            "system.diagnostics.codeanalysis."};

    private ParseTimeTypeLookup() {
    }

    /** Installs this lookup for the parser (once per JVM; it asks the session of the calling thread). */
    public static void install() {
        ParseTimeTypes.install(new ParseTimeTypes.Lookup() {
            @Override
            public Boolean exists(TypeName name, boolean attribute) {
                return ParseTimeTypeLookup.exists(name, attribute);
            }

            @Override
            public Boolean moduleExists(String name) {
                return io.openecma.powershell.cmdlets.modules.ModuleDiscovery.findable(name);
            }
        });
    }

    static Boolean exists(TypeName name, boolean attribute) {
        ExecutionContext ctx = ExecutionContext.currentOrNull();
        if (ctx == null || ctx.interpreter() == null) {
            return null;
        }
        TypeRegistry types = ctx.types();
        if (OpenGeneric.arity(name) > 0) {
            return resolves(types, OpenGeneric.closedWithObject(name));
        }
        if (resolves(types, name)) {
            return true;
        }
        if (!attribute) {
            return false;
        }
        if (!name.isGeneric() && knownAttribute(name.name())) {
            return true;
        }
        return resolves(types, new TypeName(name.name() + "Attribute", name.genericArguments(), 0));
    }

    private static boolean resolves(TypeRegistry types, TypeName name) {
        try {
            return types.resolve(name) != null;
        } catch (PSRuntimeException e) {
            return true; // ambiguous, or otherwise found but refused: not a missing type
        }
    }

    private static boolean knownAttribute(String written) {
        String n = written.toLowerCase(Locale.ROOT);
        n = n.endsWith("attribute") ? n.substring(0, n.length() - "attribute".length()) : n;
        for (String ns : NAMESPACES) {
            if (!ns.isEmpty() && n.startsWith(ns) && ATTRIBUTES.contains(n.substring(ns.length()))) {
                return true;
            }
        }
        return ATTRIBUTES.contains(n);
    }
}
