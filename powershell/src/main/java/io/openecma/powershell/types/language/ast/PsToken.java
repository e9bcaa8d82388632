package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.lexer.Token;
import io.openecma.powershell.lexer.TokenKind;
import io.openecma.powershell.types.language.ScriptExtent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * System.Management.Automation.Language.Token as ParseInput lists them: Kind, Text and Extent of each
 * token the parse read, ending with EndOfInput. Comments are not listed, and TokenFlags are not
 * computed (this engine's tokens do not carry them).
 */
public final class PsToken {

    private static final Map<String, PsTokenKind> OPERATORS = new HashMap<>();

    static {
        String[][] pairs = {{"(", "LParen"}, {")", "RParen"}, {"{", "LCurly"}, {"}", "RCurly"}, {"[", "LBracket"},
            {"]", "RBracket"}, {"@(", "AtParen"}, {"@{", "AtCurly"}, {"$(", "DollarParen"}, {"&&", "AndAnd"},
            {"||", "OrOr"}, {"&", "Ampersand"}, {"|", "Pipe"}, {",", "Comma"}, {"--", "MinusMinus"}, {"++", "PlusPlus"},
            {"..", "DotDot"}, {"::", "ColonColon"}, {".", "Dot"}, {"!", "Exclaim"}, {"*", "Multiply"}, {"/", "Divide"},
            {"%", "Rem"}, {"+", "Plus"}, {"-", "Minus"}, {"=", "Equals"}, {"+=", "PlusEquals"}, {"-=", "MinusEquals"},
            {"*=", "MultiplyEquals"}, {"/=", "DivideEquals"}, {"%=", "RemainderEquals"}, {":", "Colon"},
            {"?", "QuestionMark"}, {"??=", "QuestionQuestionEquals"}, {"??", "QuestionQuestion"}, {"?.", "QuestionDot"},
            {"?[", "QuestionLBracket"}, {"-f", "Format"}, {"-not", "Not"}, {"-bnot", "Bnot"}, {"-and", "And"},
            {"-or", "Or"}, {"-xor", "Xor"}, {"-band", "Band"}, {"-bor", "Bor"}, {"-bxor", "Bxor"}, {"-join", "Join"},
            {"-is", "Is"}, {"-isnot", "IsNot"}, {"-as", "As"}, {"-shl", "Shl"}, {"-shr", "Shr"}};
        for (String[] p : pairs) {
            OPERATORS.put(p[0], PsTokenKind.valueOf(p[1]));
        }
        String[] comparisons = {"eq", "ne", "ge", "gt", "lt", "le", "like", "notlike", "match", "notmatch", "replace",
            "contains", "notcontains", "in", "notin", "split"};
        for (String c : comparisons) {
            OPERATORS.put("-" + c, PsTokenKind.valueOf("I" + c));
            OPERATORS.put("-i" + c, PsTokenKind.valueOf("I" + c));
            OPERATORS.put("-c" + c, PsTokenKind.valueOf("C" + c));
        }
    }

    private final PsTokenKind kind;
    private final String text;
    private final ScriptExtent extent;

    private PsToken(PsTokenKind kind, String text, ScriptExtent extent) {
        this.kind = kind;
        this.text = text;
        this.extent = extent;
    }

    static List<PsToken> of(String script, List<Token> tokens) {
        List<PsToken> list = new ArrayList<>();
        boolean ended = false;
        for (Token t : tokens) {
            int start = Math.max(0, Math.min(t.start(), script.length()));
            int end = Math.max(start, Math.min(t.end(), script.length()));
            list.add(new PsToken(kindOf(t), script.substring(start, end), ScriptExtent.between(script, start, end, null)));
            ended |= t.is(TokenKind.EOF);
        }
        if (!ended) {
            list.add(new PsToken(PsTokenKind.EndOfInput, "", ScriptExtent.between(script, script.length(), script.length(), null)));
        }
        return list;
    }

    private static PsTokenKind kindOf(Token t) {
        return switch (t.kind()) {
            case NEWLINE -> PsTokenKind.NewLine;
            case SEMICOLON -> PsTokenKind.Semi;
            case EOF -> PsTokenKind.EndOfInput;
            case VARIABLE -> PsTokenKind.Variable;
            case SPLAT -> PsTokenKind.SplattedVariable;
            case NUMBER -> PsTokenKind.Number;
            case LITERAL_STRING -> t.text().startsWith("@") ? PsTokenKind.HereStringLiteral : PsTokenKind.StringLiteral;
            case EXPANDABLE_STRING -> t.text().startsWith("@") ? PsTokenKind.HereStringExpandable : PsTokenKind.StringExpandable;
            case IDENTIFIER -> PsTokenKind.Identifier;
            case GENERIC -> PsTokenKind.Generic;
            case PARAMETER -> PsTokenKind.Parameter;
            case REDIRECTION -> t.text().equals("<") ? PsTokenKind.RedirectInStd : PsTokenKind.Redirection;
            case OPERATOR -> OPERATORS.getOrDefault(t.text().toLowerCase(Locale.ROOT), PsTokenKind.Unknown);
        };
    }

    public PsTokenKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public ScriptExtent getExtent() {
        return extent;
    }

    public boolean getHasError() {
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
