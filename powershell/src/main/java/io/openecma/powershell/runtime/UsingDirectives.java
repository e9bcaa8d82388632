package io.openecma.powershell.runtime;

import io.openecma.powershell.ast.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs a using statement (about_Using) in the scope of the script that holds it:
 * {@code using namespace} adds a namespace type names are looked up under; {@code using module}
 * imports the module (Import-Module, errors stop the script) and makes its classes and enums
 * visible to the script. 5.1 does both while parsing; here they run before the script's other
 * statements and its class definitions, which the parser puts after them.
 */
final class UsingDirectives {

    private UsingDirectives() {
    }

    static void run(Interpreter interp, Statement.Using u) {
        switch (u.kind()) {
            case "namespace" -> {
                List<String> namespaces = interp.scope().usingNamespaces();
                if (namespaces.stream().noneMatch(n -> n.equalsIgnoreCase(u.name()))) {
                    namespaces.add(u.name());
                }
                // short names may now mean a type of this namespace: the type-name memo must ask the scopes
                interp.context().types().scriptTypeDefined();
            }
            case "module" -> importModule(interp, u);
            default -> throw new PSRuntimeException("System.NotSupportedException",
                    "'using assembly' is not supported: this engine does not load .NET assemblies ('" + u.name() + "').")
                    .withError("UsingAssemblyNotSupported", "NotImplemented", u.name());
        }
    }

    /** A relative module path is relative to the script's folder (about_Using), not the current location. */
    private static String relativeToScript(Statement.Using u) {
        String name = u.name();
        boolean relative = name.startsWith(".\\") || name.startsWith("./") || name.startsWith("..\\") || name.startsWith("../");
        String file = u.position().file();
        if (!relative || file == null || file.isEmpty() || file.startsWith("<")) {
            return name;
        }
        java.nio.file.Path dir = java.nio.file.Path.of(file).toAbsolutePath().getParent();
        return dir == null ? name : dir.resolve(name.replace('\\', '/')).normalize().toString();
    }

    /**
     * A module 'using module' cannot find is the parse error ModuleNotFoundDuringParse in 5.1
     * (SymbolResolver.cs VisitUsingStatement, ParserStrings.resx); other import errors stay as they are.
     */
    private static PSRuntimeException notFoundDuringParse(PSRuntimeException e, Statement.Using u) {
        String id = e.errorRecord() != null ? e.errorRecord().getFullyQualifiedErrorId() : e.errorId();
        if (id == null || !id.startsWith("Modules_ModuleNotFound")) {
            return e;
        }
        String shown = u.name() != null ? u.name() : String.valueOf(u.spec());
        return new PSRuntimeException("System.Management.Automation.ParseException", "Could not find the module '" + shown + "'.")
                .withError("ModuleNotFoundDuringParse", "ParserError", null);
    }

    private static void importModule(Interpreter interp, Statement.Using u) {
        List<CommandInvoker.Argument> args = new ArrayList<>();
        if (u.spec() != null) {
            args.add(new CommandInvoker.Argument("FullyQualifiedName", interp.eval(u.spec()), true, false));
        } else {
            args.add(CommandInvoker.Argument.positional(relativeToScript(u)));
        }
        args.add(new CommandInvoker.Argument("PassThru", true, false, false));
        args.add(new CommandInvoker.Argument("ErrorAction", "Stop", true, false));
        List<Object> out = new ArrayList<>();
        try {
            interp.commands.runNamedCommand("Import-Module", args, null, out);
        } catch (PSRuntimeException e) {
            throw notFoundDuringParse(e, u);
        }
        for (Object o : out) {
            if (LanguagePrimitives.base(o) instanceof ModuleInfo m) {
                interp.scope().importTypes(m.scope(), m.getName());
                m.getNestedModules().forEach(n -> interp.scope().importTypes(n.scope(), n.getName()));
            }
        }
    }
}
