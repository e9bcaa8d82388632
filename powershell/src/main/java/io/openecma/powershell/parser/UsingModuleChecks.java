package io.openecma.powershell.parser;

import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.PipelineElement;
import io.openecma.powershell.ast.Statement;

import java.util.Locale;

/**
 * The parse-time checks 5.1 makes on {@code using module} (SymbolResolver.cs VisitUsingStatement,
 * ModuleSpecification.ModuleSpecificationInitHelper): a module hashtable must be constant
 * ({@code RequiresArgumentMustBeConstant}) and a valid module specification ({@code RequiresModuleInvalid}),
 * and no module name may hold wildcard characters ({@code WildCardModuleNameError}).
 * Not checked here: whether the module exists (5.1's {@code ModuleNotFoundDuringParse}); the engine
 * reports a missing module when the statement runs.
 */
final class UsingModuleChecks {

    private UsingModuleChecks() {
    }

    /** The error for a {@code using module} statement, or null; {@code [errorId, message]}. */
    static String[] check(Statement.Using u) {
        if (u.spec() == null) {
            return hasWildcard(u.name()) ? wildcard() : null;
        }
        if (!(u.spec() instanceof Expression.Hashtable h)) {
            return null;
        }
        String name = null;
        boolean anyVersion = false;
        StringBuilder badKeys = new StringBuilder();
        String requiredWith = null;
        boolean required = false;
        boolean minimum = false;
        boolean maximum = false;
        for (Expression.HashEntry e : h.entries()) {
            String key = constant(e.key());
            Object value = e.value() instanceof Statement.Pipeline p && p.elements().size() == 1
                    && p.elements().get(0) instanceof PipelineElement.ExpressionElement x ? constantValue(x.expression()) : null;
            if (key == null || value == null) {
                return new String[] {"RequiresArgumentMustBeConstant", "Argument must be constant."};
            }
            switch (key.toLowerCase(Locale.ROOT)) {
                case "modulename" -> name = value.toString();
                case "guid" -> {
                }
                case "moduleversion", "requiredversion", "maximumversion" -> {
                    String k = key.toLowerCase(Locale.ROOT);
                    if (!k.equals("maximumversion") && !isVersion(value)) {
                        return invalid("Cannot convert value \"" + value + "\" to type \"System.Version\". Error: \"Version string "
                                + "portion was too short or too long.\"");
                    }
                    anyVersion = true;
                    required |= k.equals("requiredversion");
                    minimum |= k.equals("moduleversion");
                    maximum |= k.equals("maximumversion");
                }
                default -> badKeys.append(badKeys.length() > 0 ? ", " : "").append('\'').append(key).append('\'');
            }
        }
        // Modules.resx and SessionStateStrings.resx texts, as ModuleSpecification gives them.
        if (badKeys.length() > 0) {
            return invalid("The hashtable describing a module contains one or more members that are not valid. The valid members "
                    + "are (ModuleName, ModuleVersion, RequiredVersion, GUID). Remove the members that are not valid (" + badKeys
                    + "), then try again.");
        }
        if (name == null || name.isEmpty()) {
            return invalid("The 'ModuleName' member does not exist in the hashtable that describes this module.");
        }
        if (!anyVersion) {
            return invalid("The 'ModuleVersion', 'MaximumVersion' and 'RequiredVersion' members do not exist in the hashtable "
                    + "that describes this module. One of these three members must exist, and be assigned a version number in "
                    + "the format 'n.n.n.n'.");
        }
        if (required && (minimum || maximum)) {
            return invalid("The parameters " + (minimum ? "ModuleVersion" : "MaximumVersion")
                    + " and RequiredVersion cannot be used together. Please specify only one parameter.");
        }
        return hasWildcard(name) ? wildcard() : null;
    }

    private static String[] invalid(String reason) {
        return new String[] {"RequiresModuleInvalid", "The argument for the Module parameter is not valid. " + reason};
    }

    private static String[] wildcard() {
        return new String[] {"WildCardModuleNameError", "Wildcard characters are not supported for module names."};
    }

    /** WildcardPattern.ContainsWildcardCharacters: an unescaped '*', '?' or '['. */
    private static boolean hasWildcard(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '`') {
                i++;
            } else if (c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }

    /** System.Version accepts 2 to 4 dot-separated numbers; a number literal (1. is 1) converts through its text. */
    private static boolean isVersion(Object value) {
        String text = value instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : value.toString();
        return text.matches("\\d+(\\.\\d+){1,3}");
    }

    private static String constant(Expression e) {
        Object v = constantValue(e);
        return v == null ? null : v.toString();
    }

    private static Object constantValue(Expression e) {
        if (e instanceof Expression.StringConstant s) {
            return s.value();
        }
        if (e instanceof Expression.Constant c) {
            return c.value();
        }
        if (e instanceof Expression.ExpandableString x && x.parts().stream().allMatch(p -> p instanceof String)) {
            return String.join("", x.parts().stream().map(Object::toString).toList());
        }
        return null;
    }
}
