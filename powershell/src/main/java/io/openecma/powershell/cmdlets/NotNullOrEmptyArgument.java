package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;

/**
 * [ValidateNotNullOrEmpty] on a cmdlet's parameter (ValidateNotNullOrEmptyAttribute.Validate): $null,
 * an empty string, an empty collection or one holding $null or an empty string fails the binding
 * with ParameterArgumentValidationError (a ParameterBindingValidationException).
 */
final class NotNullOrEmptyArgument {

    private NotNullOrEmptyArgument() {
    }

    static void check(CommandContext c, String parameter, Object value) {
        Object v = LanguagePrimitives.unwrapNull(LanguagePrimitives.base(value));
        String reason = null;
        if (v == null || v instanceof String s && s.isEmpty()) {
            reason = "The argument is null or empty. Provide an argument that is not null or empty, and then try the "
                    + "command again.";
        } else if (LanguagePrimitives.isEnumerable(v)) {
            java.util.List<Object> items = LanguagePrimitives.toList(v);
            boolean bad = items.isEmpty() || items.stream().map(i -> LanguagePrimitives.unwrapNull(LanguagePrimitives.base(i)))
                    .anyMatch(i -> i == null || i instanceof String s && s.isEmpty());
            if (bad) {
                reason = "The argument is null, empty, or an element of the argument collection contains a null value. "
                        + "Supply a collection that does not contain any null values and then try the command again.";
            }
        }
        if (reason != null) {
            throw c.terminatingError("System.Management.Automation.ParameterBindingValidationException",
                    "Cannot validate argument on parameter '" + parameter + "'. " + reason,
                    "ParameterArgumentValidationError", "InvalidData");
        }
    }
}
