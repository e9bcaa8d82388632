package io.openecma.powershell.parser;

import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.TypeName;

import java.util.Locale;
import java.util.Map;

/**
 * A type-constrained assignment to an automatic variable ({@code [datetime]$_ = 1}) must name the
 * variable's own type (SemanticChecks.cs VisitAssignmentStatement, SpecialVariables.AutomaticVariableTypes):
 * otherwise it is the parse error AssignmentStatementToAutomaticNotSupported. $PSCmdlet and
 * $PSBoundParameters have internal types no script can name, so any constraint on them is refused.
 */
final class AutomaticVariableConstraints {

    /** Variable name to the full name of its type ("[]" for an array). */
    private static final Map<String, String> TYPES = Map.of(
            "_", "System.Object",
            "args", "System.Object[]",
            "this", "System.Object",
            "input", "System.Object",
            "pscmdlet", "System.Management.Automation.PSScriptCmdlet",
            "psboundparameters", "System.Management.Automation.PSBoundParametersDictionary",
            "myinvocation", "System.Management.Automation.InvocationInfo",
            "psscriptroot", "System.String",
            "pscommandpath", "System.String");

    private AutomaticVariableConstraints() {
    }

    static void check(Parser p, Expression target, int start, int end) {
        TypeName innermost = null;
        Expression e = target;
        while (e instanceof Expression.Convert c) {
            innermost = c.type();
            e = c.operand();
        }
        if (innermost == null || !(e instanceof Expression.Variable v)
                || !(v.scope() == null || v.scope().isEmpty() || v.scope().equalsIgnoreCase("local"))) {
            return;
        }
        String expected = TYPES.get(v.name().toLowerCase(Locale.ROOT));
        if (expected == null || expected.equalsIgnoreCase(fullName(innermost))) {
            return;
        }
        p.reportSemantic("AssignmentStatementToAutomaticNotSupported",
                "Cannot assign automatic variable '" + v.name() + "' with type '" + expected + "'", start, end);
    }

    /** The constraint's type as PowerShell's type resolver names it, for the few types compared here. */
    private static String fullName(TypeName type) {
        if (!type.genericArguments().isEmpty()) {
            return type.toString();
        }
        String name = type.name();
        String lower = name.toLowerCase(Locale.ROOT);
        String full = switch (lower) {
            case "object", "system.object" -> "System.Object";
            case "string", "system.string" -> "System.String";
            default -> name;
        };
        return full + "[]".repeat(Math.max(0, type.arrayRank()));
    }
}
