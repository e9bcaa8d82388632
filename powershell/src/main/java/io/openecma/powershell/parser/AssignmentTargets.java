package io.openecma.powershell.parser;

import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.PipelineElement;
import io.openecma.powershell.ast.Statement;

/**
 * What may stand left of an assignment operator (SemanticChecks.cs CheckAssignmentTarget, the
 * ISupportsAssignment ASTs): a variable, a member, an index, a cast of one of those, a parenthesized
 * one, and for plain '=' only an array literal of them ({@code $a, $b = 1, 2}).
 */
final class AssignmentTargets {

    static final String INVALID_LEFT_HAND_SIDE = "The assignment expression is not valid. The input to an assignment "
            + "operator must be an object that is able to accept assignments, such as a variable or a property.";

    private AssignmentTargets() {
    }

    static boolean isAssignable(Expression e, boolean simpleAssignment) {
        if (e instanceof Expression.Variable || e instanceof Expression.Member || e instanceof Expression.Index) {
            return true;
        }
        if (e instanceof Expression.Convert c) {
            return isAssignable(c.operand(), simpleAssignment);
        }
        if (e instanceof Expression.ArrayLiteral a) {
            return simpleAssignment && a.elements().stream().allMatch(x -> isAssignable(x, true));
        }
        if (e instanceof Expression.Paren p && p.inner() instanceof Statement.Pipeline pipe && pipe.elements().size() == 1
                && pipe.elements().get(0) instanceof PipelineElement.ExpressionElement ee) {
            return isAssignable(ee.expression(), simpleAssignment);
        }
        return false;
    }
}
