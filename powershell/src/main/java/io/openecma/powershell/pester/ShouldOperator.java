package io.openecma.powershell.pester;

import java.util.List;
import java.util.Locale;

/**
 * The Should operators this runner implements, with Pester 4's aliases and whether the operator gets
 * all pipeline input at once (SupportsArrayInput) or one item at a time.
 */
enum ShouldOperator {
    BE("Be", true, "EQ"),
    BE_EXACTLY("BeExactly", true, "CEQ"),
    BE_NULL_OR_EMPTY("BeNullOrEmpty", true),
    BE_OF_TYPE("BeOfType", false, "HaveType"),
    BE_TRUE("BeTrue", false),
    BE_FALSE("BeFalse", false),
    THROW("Throw", false),
    MATCH("Match", false),
    MATCH_EXACTLY("MatchExactly", false, "CMATCH"),
    BE_LIKE("BeLike", false),
    BE_LIKE_EXACTLY("BeLikeExactly", false),
    HAVE_COUNT("HaveCount", true),
    CONTAIN("Contain", true),
    BE_IN("BeIn", false),
    BE_GREATER_THAN("BeGreaterThan", false, "GT"),
    BE_LESS_THAN("BeLessThan", false, "LT"),
    BE_GREATER_OR_EQUAL("BeGreaterOrEqual", false, "GE"),
    BE_LESS_OR_EQUAL("BeLessOrEqual", false, "LE"),
    EXIST("Exist", false),
    FILE_CONTENT_MATCH("FileContentMatch", false),
    FILE_CONTENT_MATCH_EXACTLY("FileContentMatchExactly", false),
    FILE_CONTENT_MATCH_MULTILINE("FileContentMatchMultiline", false);

    final String parameterName;
    final boolean arrayInput;
    final List<String> aliases;

    ShouldOperator(String parameterName, boolean arrayInput, String... aliases) {
        this.parameterName = parameterName;
        this.arrayInput = arrayInput;
        this.aliases = List.of(aliases);
    }

    /** By name or alias, case-insensitive (the legacy {@code Should Be x} form); null when unknown. */
    static ShouldOperator named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (ShouldOperator op : values()) {
            if (op.parameterName.toLowerCase(Locale.ROOT).equals(n)
                    || op.aliases.stream().anyMatch(a -> a.equalsIgnoreCase(n))) {
                return op;
            }
        }
        return null;
    }
}
