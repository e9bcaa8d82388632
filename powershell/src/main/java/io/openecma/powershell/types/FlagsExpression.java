package io.openecma.powershell.types;

import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.ArrayList;
import java.util.List;

/**
 * PowerShell's FlagsExpression&lt;T&gt; (engine/EnumExpressionEvaluator.cs), the type of Get-ChildItem's
 * -Attributes: identifiers joined by ',' (OR), '+' (AND, binds tighter) and prefixed by '!' (NOT).
 * An identifier is a unique case-insensitive prefix of an enum name (EnumMinimumDisambiguation);
 * for FileAttributes the ambiguous prefixes D, R and S mean Directory, ReadOnly and System. An
 * identifier matches when all its bits are set. Each element of an array is one OR clause.
 */
public final class FlagsExpression {
    private static final String[] FILE_ATTRIBUTE_PREFERRED = {"Directory", "ReadOnly", "System"};

    /** One AND term: its flags, each possibly negated. */
    private record Term(List<Long> flags, List<Boolean> negated) {
        boolean matches(long value) {
            for (int i = 0; i < flags.size(); i++) {
                boolean set = (value & flags.get(i)) == flags.get(i);
                if (set == negated.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Term> orTerms;
    private final List<Long> mentioned;

    private FlagsExpression(List<Term> orTerms, List<Long> mentioned) {
        this.orTerms = orTerms;
        this.mentioned = mentioned;
    }

    /** Parses the clauses (each an OR alternative) against a [Flags] enum. */
    public static FlagsExpression parse(Class<? extends Enum<?>> type, List<String> clauses) {
        if (clauses.isEmpty()) {
            throw error("EmptyInputString", "The input expression must not be empty. Specify at least one identifier name "
                    + "in each input expression. ");
        }
        List<Term> terms = new ArrayList<>();
        List<Long> mentioned = new ArrayList<>();
        for (String clause : clauses) {
            if (clause == null || clause.isBlank()) {
                throw error("EmptyInputString", "The input expression must not be empty. Specify at least one identifier "
                        + "name in each input expression. ");
            }
            parseClause(type, clause, terms, mentioned);
        }
        return new FlagsExpression(terms, mentioned);
    }

    public boolean evaluate(long value) {
        for (Term t : orTerms) {
            if (t.matches(value)) {
                return true;
            }
        }
        return false;
    }

    /** ExistsInExpression: whether the flag appears anywhere (negated or not). */
    public boolean mentions(long flag) {
        for (long m : mentioned) {
            if ((m & flag) == flag) {
                return true;
            }
        }
        return false;
    }

    private static void parseClause(Class<? extends Enum<?>> type, String clause, List<Term> terms, List<Long> mentioned) {
        List<Long> flags = new ArrayList<>();
        List<Boolean> negated = new ArrayList<>();
        char previous = ','; // start of input counts as after an OR
        boolean not = false;
        int i = 0;
        while (i < clause.length()) {
            char c = clause.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == ',' || c == '+') {
                if (previous == ',' || previous == '+') {
                    throw unexpectedBinary();
                }
                if (previous == '!') {
                    throw identifierExpected();
                }
                if (c == ',') {
                    terms.add(new Term(flags, negated));
                    flags = new ArrayList<>();
                    negated = new ArrayList<>();
                }
                previous = c;
                i++;
                continue;
            }
            if (c == '!') {
                if (previous == 'i') {
                    throw binaryExpected();
                }
                if (previous == '!') {
                    throw identifierExpected();
                }
                not = true;
                previous = '!';
                i++;
                continue;
            }
            int end = i;
            while (end < clause.length() && ",+!".indexOf(clause.charAt(end)) < 0) {
                end++;
            }
            if (previous == 'i') {
                throw binaryExpected();
            }
            String name = unquote(clause.substring(i, end).strip());
            long bits = disambiguate(type, name);
            flags.add(bits);
            negated.add(not);
            mentioned.add(bits);
            not = false;
            previous = 'i';
            i = end;
        }
        if (previous != 'i') {
            throw previous == '!' ? identifierExpected() : unexpectedBinary();
        }
        terms.add(new Term(flags, negated));
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '\'' && s.endsWith("'") || s.charAt(0) == '"' && s.endsWith("\""))) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private static long disambiguate(Class<? extends Enum<?>> type, String text) {
        List<Enum<?>> matches = new ArrayList<>();
        for (Enum<?> c : type.getEnumConstants()) {
            if (c.name().regionMatches(true, 0, text, 0, text.length())) {
                matches.add(c);
            }
        }
        if (text.isEmpty() || matches.isEmpty()) {
            throw error("NoEnumNameMatch", "Unable to match the identifier name " + text + " to a valid enumerator name. "
                    + "Specify one of the following enumerator names and try again:\r\n" + allNames(type));
        }
        if (matches.size() == 1) {
            return ((FlagsEnum) matches.get(0)).bits();
        }
        for (Enum<?> m : matches) {
            if (m.name().equalsIgnoreCase(text)) {
                return ((FlagsEnum) m).bits();
            }
        }
        if (type == FileAttributes.class) {
            for (String preferred : FILE_ATTRIBUTE_PREFERRED) {
                if (preferred.regionMatches(true, 0, text, 0, text.length())) {
                    return FileAttributes.valueOf(preferred).bits();
                }
            }
        }
        List<String> names = matches.stream().map(Enum::name).toList();
        throw error("MultipleEnumNameMatch", "The identifier name " + text + " cannot be processed because it is either too "
                + "similar or identical to the following enumerator names: " + String.join(", ", names)
                + ". Use a more specific identifier name.");
    }

    private static String allNames(Class<? extends Enum<?>> type) {
        List<String> names = new ArrayList<>();
        for (Enum<?> c : type.getEnumConstants()) {
            names.add(c.name());
        }
        return String.join(", ", names);
    }

    private static PSRuntimeException unexpectedBinary() {
        return error("SyntaxErrorUnexpectedBinaryOperator", "Unable to parse the expression due to an unexpected token. "
                + "An identifier name or a NOT (!) operator is expected at the start of the expression, or after an OR (,) "
                + "operator or an AND (+) operator. Also, an expression must not end with an OR (,), AND (+) or NOT (!) "
                + "operator.");
    }

    private static PSRuntimeException identifierExpected() {
        return error("SyntaxErrorIdentifierExpected", "Unable to parse the expression due to an unexpected token after a "
                + "NOT (!) operator. An identifier name is expected after a NOT (!) operator.");
    }

    private static PSRuntimeException binaryExpected() {
        return error("SyntaxErrorBinaryOperatorExpected", "Unable to parse the expression due to an unexpected token. Only "
                + "an OR (,) operator or AND (+) operator is expected after an identifier name.");
    }

    private static PSRuntimeException error(String id, String message) {
        return new PSRuntimeException("System.Management.Automation.RuntimeException", message)
                .withError(id, "InvalidOperation", null);
    }
}
