package io.openecma.powershell.pester;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSHashtable;

import java.util.List;
import java.util.Map;

/**
 * The value operators of Should, following the semantics and messages documented for Pester 4
 * (Functions/Assertions/*.ps1 of Pester 4.10): comparisons go through {@link EngineExpressions}.
 */
final class ValueAssertions {

    private final EngineExpressions ps;

    ValueAssertions(EngineExpressions ps) {
        this.ps = ps;
    }

    AssertionResult check(ShouldOperator op, Object actual, ShouldArguments a) {
        Object e = a.expected();
        boolean not = a.negate();
        String b = Nicely.because(a.because());
        String act = Nicely.format(actual);
        String exp = Nicely.format(e);
        return switch (op) {
            case BE, BE_EXACTLY -> {
                boolean cs = op == ShouldOperator.BE_EXACTLY;
                boolean equal = arraysAreEqual(actual, e, cs, 0);
                act = Nicely.format(single(actual));
                exp = Nicely.format(single(e));
                String exactly = cs ? "exactly " : "";
                yield AssertionResult.holds(equal != not, not
                        ? "Expected " + exp + " to be different from the actual value," + b + " but got " + (cs ? "exactly " : "") + "the same value."
                        : "Expected " + exactly + exp + "," + b + " but got " + act + ".");
            }
            case BE_NULL_OR_EMPTY -> AssertionResult.holds(nullOrEmpty(actual) != not, not
                    ? "Expected a value," + b + " but got $null or empty."
                    : "Expected $null or empty," + b + " but got " + act + ".");
            case BE_TRUE, BE_FALSE -> {
                boolean wantTrue = (op == ShouldOperator.BE_TRUE) != not;
                boolean truth = LanguagePrimitives.isTrue(actual);
                yield AssertionResult.holds(truth == wantTrue, "Expected " + (wantTrue ? "$true" : "$false") + ","
                        + b + " but got " + act + ".");
            }
            case BE_OF_TYPE -> {
                Object type = ps.type(e);
                boolean is = ps.is(actual, type);
                String actualType = actual == null ? "$null" : Nicely.format(ps.typeOf(actual));
                yield AssertionResult.holds(is != not, "Expected the value to " + (not ? "not " : "") + "have type "
                        + Nicely.format(type) + " or any of its subtypes," + b + " but got " + act + " with type "
                        + actualType + ".");
            }
            case MATCH, MATCH_EXACTLY -> {
                boolean cs = op == ShouldOperator.MATCH_EXACTLY;
                boolean m = ps.match(actual, e, cs);
                yield AssertionResult.holds(m != not, "Expected regular expression " + exp + " to "
                        + (not ? "not " : "") + (cs ? "case sensitively " : "") + "match " + act + "," + b
                        + (not ? " but it did match." : " but it did not match."));
            }
            case BE_LIKE, BE_LIKE_EXACTLY -> {
                boolean cs = op == ShouldOperator.BE_LIKE_EXACTLY;
                boolean m = ps.like(actual, e, cs);
                yield AssertionResult.holds(m != not, "Expected " + (cs ? "case sensitive " : "") + "like wildcard "
                        + exp + " to " + (not ? "not " : "") + "match " + act + "," + b
                        + (not ? " but it did match." : " but it did not match."));
            }
            case HAVE_COUNT -> {
                int count = actual == null ? 0 : LanguagePrimitives.count(actual);
                int want = ((Number) LanguagePrimitives.convertTo(e, Integer.class)).intValue();
                yield AssertionResult.holds((count == want) != not, not
                        ? "Expected a collection with size different from " + want + "," + b + " but got collection with that size " + act + "."
                        : "Expected a collection with size " + want + "," + b + " but got collection with size " + count + " " + act + ".");
            }
            case CONTAIN -> {
                boolean found = ps.contains(actual, e);
                yield AssertionResult.holds(found != not, "Expected " + exp + " to " + (not ? "not " : "")
                        + "be found in collection " + act + "," + b + (not ? " but it was found." : " but it was not found."));
            }
            case BE_IN -> {
                boolean found = ps.contains(e, actual);
                yield AssertionResult.holds(found != not, "Expected collection " + exp + " to " + (not ? "not " : "")
                        + "contain " + act + "," + b + (not ? " but it was found." : " but it was not found."));
            }
            case BE_GREATER_THAN -> order(actual, e, not ? "le" : "gt", not, b);
            case BE_LESS_THAN -> order(actual, e, not ? "ge" : "lt", not, b);
            case BE_GREATER_OR_EQUAL -> order(actual, e, not ? "lt" : "ge", not, b);
            case BE_LESS_OR_EQUAL -> order(actual, e, not ? "gt" : "le", not, b);
            case EXIST -> AssertionResult.holds(ps.testPath(actual) != not, "Expected path " + act + " to "
                    + (not ? "not " : "") + "exist," + b + (not ? " but it did exist." : " but it did not exist."));
            case FILE_CONTENT_MATCH, FILE_CONTENT_MATCH_EXACTLY, FILE_CONTENT_MATCH_MULTILINE -> {
                String mode = op == ShouldOperator.FILE_CONTENT_MATCH ? "plain"
                        : op == ShouldOperator.FILE_CONTENT_MATCH_EXACTLY ? "exactly" : "multiline";
                boolean m = ps.fileMatches(actual, e, mode);
                yield AssertionResult.holds(m != not, "Expected " + exp + " to " + (not ? "not " : "") + "be found in file "
                        + act + "," + b + (not ? " but it was found." : " but it was not found."));
            }
            case THROW -> throw new IllegalStateException("Throw is checked by ThrowAssertion");
        };
    }

    private AssertionResult order(Object actual, Object expected, String op, boolean negated, String because) {
        String words = switch (op) {
            case "gt" -> "greater than";
            case "lt" -> "less than";
            case "ge" -> "greater than or equal to";
            default -> "less than or equal to";
        };
        return AssertionResult.holds(ps.compare(op, actual, expected), "Expected the actual value to be " + words + " "
                + Nicely.format(expected) + "," + because + " but got " + Nicely.format(actual) + ".");
    }

    /** Pester 4's ArraysAreEqual: both null-or-empty, or same length and pairwise {@code $e -eq $a}. */
    private boolean arraysAreEqual(Object first, Object second, boolean cs, int depth) {
        if (depth > 100) {
            throw new IllegalStateException("Reached the recursion depth limit of 100 when comparing arrays.");
        }
        List<Object> a = asObjectArray(first);
        List<Object> e = asObjectArray(second);
        boolean aEmpty = a == null || a.isEmpty() || (a.size() == 1 && unwrap(a.get(0)) == null);
        boolean eEmpty = e == null || e.isEmpty() || (e.size() == 1 && unwrap(e.get(0)) == null);
        if (aEmpty || eEmpty) {
            return aEmpty && eEmpty;
        }
        if (a.size() != e.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = e.get(i);
            if (isArray(x) || isArray(y)) {
                if (!arraysAreEqual(x, y, cs, depth + 1)) {
                    return false;
                }
            } else if (!ps.eq(x, y, cs)) {
                return false;
            }
        }
        return true;
    }

    /** {@code $($x)}: a one-item array shown as its item, as Pester's Be message does. */
    private static Object single(Object v) {
        Object b = LanguagePrimitives.base(v);
        if (b instanceof Object[] items && items.length == 1) {
            return items[0];
        }
        return v;
    }

    private static Object unwrap(Object v) {
        return LanguagePrimitives.unwrapNull(v);
    }

    private static boolean isArray(Object v) {
        Object b = LanguagePrimitives.base(v);
        return b != null && b.getClass().isArray();
    }

    /** What binding a value to an {@code [object[]]} parameter makes of it. */
    private static List<Object> asObjectArray(Object v) {
        Object b = unwrap(v);
        if (b == null) {
            return null;
        }
        if (LanguagePrimitives.isEnumerable(LanguagePrimitives.base(b)) && !(LanguagePrimitives.base(b) instanceof Map)) {
            return LanguagePrimitives.toList(b);
        }
        return java.util.Collections.singletonList(b);
    }

    /** Pester 4's BeNullOrEmpty on the array of inputs. */
    private static boolean nullOrEmpty(Object actual) {
        List<Object> items = asObjectArray(actual);
        if (items == null || items.isEmpty()) {
            return true;
        }
        if (items.size() > 1) {
            return false;
        }
        Object only = LanguagePrimitives.base(unwrap(items.get(0)));
        if (only instanceof PSHashtable table) {
            return table.isEmpty();
        }
        return only == null || LanguagePrimitives.toStringValue(only).isEmpty();
    }
}
