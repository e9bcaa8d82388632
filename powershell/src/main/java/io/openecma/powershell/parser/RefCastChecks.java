package io.openecma.powershell.parser;

import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.TypeName;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * SemanticChecks.cs's rules for [ref] in a cast sequence: {@code [ref][ref]$x} is
 * ReferenceNeedsToBeByItselfInTypeSequence, {@code [int][ref]$x} ReferenceNeedsToBeLastTypeInTypeConversion,
 * and as an assignment target {@code [int][ref]$x = 1} ReferenceNeedsToBeByItselfInTypeConstraint
 * instead; each reported at the offending [ref]'s type literal.
 */
final class RefCastChecks {

    private static final String BY_ITSELF_IN_SEQUENCE = "Cannot have two occurrences of [ref] in a type sequence.";
    private static final String LAST_TYPE = "[ref] can only be the final type in type conversion sequence.";
    private static final String BY_ITSELF_IN_CONSTRAINT = "Cannot use [ref] with other types in a type constraint.";

    private final Parser parser;
    private final Map<Expression.Convert, int[]> typeExtents = new IdentityHashMap<>();
    private final Map<Expression.Convert, ParseException> lastTypeErrors = new IdentityHashMap<>();

    RefCastChecks(Parser parser) {
        this.parser = parser;
    }

    /** Records a cast whose type literal spans {@code typeStart..typeEnd} and checks the casts inside it. */
    Expression.Convert converted(Expression.Convert cast, int typeStart, int typeEnd) {
        typeExtents.put(cast, new int[] {typeStart, typeEnd});
        boolean outerIsRef = isRef(cast.type());
        for (Expression e = cast.operand(); e instanceof Expression.Convert inner; e = inner.operand()) {
            if (!isRef(inner.type())) {
                continue;
            }
            int[] at = typeExtents.get(inner);
            if (outerIsRef) {
                parser.reportSemantic("ReferenceNeedsToBeByItselfInTypeSequence", BY_ITSELF_IN_SEQUENCE, at[0], at[1]);
            } else if (!lastTypeErrors.containsKey(inner)) {
                lastTypeErrors.put(inner, parser.reportSemantic("ReferenceNeedsToBeLastTypeInTypeConversion", LAST_TYPE,
                        at[0], at[1]));
            }
        }
        return cast;
    }

    /** An assignment target with [ref] among other casts: one error for the constraint instead. */
    void assignedTo(Expression target) {
        int converts = 0;
        Expression.Convert ref = null;
        for (Expression e = target; e instanceof Expression.Convert c; e = c.operand()) {
            converts++;
            if (isRef(c.type())) {
                ref = c;
            }
            ParseException withdrawn = lastTypeErrors.remove(c);
            if (withdrawn != null) {
                parser.semanticErrors.remove(withdrawn);
            }
        }
        if (ref != null && converts > 1) {
            int[] at = typeExtents.get(ref);
            parser.reportSemantic("ReferenceNeedsToBeByItselfInTypeConstraint", BY_ITSELF_IN_CONSTRAINT, at[0], at[1]);
        }
    }

    private static boolean isRef(TypeName t) {
        return !t.isArray() && !t.isGeneric()
                && (t.name().equalsIgnoreCase("ref") || t.name().equalsIgnoreCase("System.Management.Automation.PSReference"));
    }
}
