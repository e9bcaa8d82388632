package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.ast.AttributeNode;
import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.ArrayList;
import java.util.List;

/**
 * The validation attributes of a class property (ValidateNotNull, ValidateNotNullOrEmpty,
 * ValidateSet, ValidateRange, ValidateLength), checked on assignment; a failure is 5.1's
 * "Exception setting" error (ExceptionWhenSetting).
 */
final class PropertyValidation {

    private PropertyValidation() {
    }

    static void check(String property, List<AttributeNode> attributes, Object value, Interpreter in) {
        for (AttributeNode a : attributes) {
            String problem = problem(a, LanguagePrimitives.unwrapNull(value), in);
            if (problem != null) {
                throw new PSRuntimeException("System.Management.Automation.SetValueInvocationException",
                        "Exception setting \"" + property + "\": \"" + problem + "\"")
                        .withError("ExceptionWhenSetting", "NotSpecified", null);
            }
        }
    }

    private static List<Object> args(AttributeNode a, Interpreter in) {
        List<Object> list = new ArrayList<>();
        for (Expression e : a.positional()) {
            list.add(in.eval(e));
        }
        return list;
    }

    private static String problem(AttributeNode a, Object v, Interpreter in) {
        String name = a.typeName().name().toLowerCase(java.util.Locale.ROOT).replace("attribute", "");
        switch (name) {
            case "validatenotnull":
                return v == null ? "The argument is null. Provide a valid value for the argument, and then try running the "
                        + "command again." : null;
            case "validatenotnullorempty":
                return v == null || "".equals(v) || LanguagePrimitives.isEnumerable(v) && LanguagePrimitives.count(v) == 0
                        ? "The argument is null or empty. Provide an argument that is not null or empty, and then try the "
                        + "command again." : null;
            case "validateset": {
                List<Object> set = args(a, in);
                boolean ok = set.stream().anyMatch(s -> LanguagePrimitives.equals(LanguagePrimitives.toStringValue(v),
                        LanguagePrimitives.toStringValue(s), false));
                return ok ? null : "The argument \"" + LanguagePrimitives.toStringValue(v) + "\" does not belong to the set \""
                        + String.join(",", set.stream().map(LanguagePrimitives::toStringValue).toList())
                        + "\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the "
                        + "command again.";
            }
            case "validaterange": {
                List<Object> r = args(a, in);
                if (r.size() == 2 && LanguagePrimitives.compare(v, r.get(0), false) < 0) {
                    return "The " + LanguagePrimitives.toStringValue(v) + " argument is less than the minimum allowed range of "
                            + LanguagePrimitives.toStringValue(r.get(0)) + ". Supply an argument that is greater than or "
                            + "equal to " + LanguagePrimitives.toStringValue(r.get(0)) + " and then try the command again.";
                }
                if (r.size() == 2 && LanguagePrimitives.compare(v, r.get(1), false) > 0) {
                    return "The " + LanguagePrimitives.toStringValue(v) + " argument is greater than the maximum allowed "
                            + "range of " + LanguagePrimitives.toStringValue(r.get(1)) + ". Supply an argument that is less "
                            + "than or equal to " + LanguagePrimitives.toStringValue(r.get(1)) + " and then try the command again.";
                }
                return null;
            }
            case "validatelength": {
                List<Object> r = args(a, in);
                int len = LanguagePrimitives.toStringValue(v).length();
                if (r.size() == 2 && len < LanguagePrimitives.toNumber(r.get(0)).intValue()) {
                    return "The number of characters (" + len + ") in the argument is too small. Specify an argument whose "
                            + "length is greater than or equal to \"" + r.get(0) + "\" and then try the command again.";
                }
                if (r.size() == 2 && len > LanguagePrimitives.toNumber(r.get(1)).intValue()) {
                    return "The character length of the " + len + " argument is too long. Shorten the character length of "
                            + "the argument so it is fewer than or equal to \"" + r.get(1) + "\" characters, and then try the "
                            + "command again.";
                }
                return null;
            }
            default:
                return null;
        }
    }
}
