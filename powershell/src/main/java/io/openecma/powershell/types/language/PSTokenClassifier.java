package io.openecma.powershell.types.language;

import io.openecma.powershell.lexer.Token;
import io.openecma.powershell.lexer.TokenKind;
import io.openecma.powershell.parser.TokenLog;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PSToken.GetPSTokenType for the parser's consumed tokens: the token kind gives the type, except for
 * what Parser.cs flags by position (a command name where a command starts, a keyword where a statement
 * starts, a member name after '.' or '::', attribute and type names inside '[...]').
 */
final class PSTokenClassifier {

    private static final Set<String> KEYWORDS = Set.of("begin", "break", "catch", "class", "continue", "data",
            "define", "do", "dynamicparam", "else", "elseif", "end", "exit", "filter", "finally", "for", "foreach",
            "from", "function", "if", "in", "param", "process", "return", "switch", "throw", "trap", "try", "until",
            "using", "var", "while", "workflow", "parallel", "sequence", "inlinescript", "configuration", "hidden",
            "enum", "static");
    /** Operators after which a command name may stand. */
    private static final Set<String> COMMAND_STARTS = Set.of("{", "(", "|", "&", ".", "$(", "@(", "&&", "||");
    private static final Set<String> GROUP_STARTS = Set.of("(", "{", "@(", "@{", "$(");
    private static final Set<String> GROUP_ENDS = Set.of(")", "}");

    private PSTokenClassifier() {
    }

    static PSTokenType classify(List<TokenLog.Entry> entries, int index) {
        TokenLog.Entry e = entries.get(index);
        switch (e.role()) {
            case COMMENT:
                return PSTokenType.Comment;
            case TYPE_NAME:
                return PSTokenType.Type;
            case ATTRIBUTE_NAME:
                return PSTokenType.Attribute;
            default:
                break;
        }
        Token t = e.token();
        TokenLog.Entry previous = previousSignificant(entries, index);
        return switch (t.kind()) {
            case NEWLINE -> PSTokenType.NewLine;
            case SEMICOLON -> PSTokenType.StatementSeparator;
            case VARIABLE, SPLAT -> PSTokenType.Variable;
            case NUMBER -> PSTokenType.Number;
            case LITERAL_STRING, EXPANDABLE_STRING -> PSTokenType.String;
            case PARAMETER -> PSTokenType.CommandParameter;
            case REDIRECTION -> PSTokenType.Operator;
            case OPERATOR -> GROUP_STARTS.contains(t.text()) ? PSTokenType.GroupStart
                    : GROUP_ENDS.contains(t.text()) ? PSTokenType.GroupEnd : PSTokenType.Operator;
            case IDENTIFIER, GENERIC -> word(t, previous);
            case EOF -> PSTokenType.Unknown;
        };
    }

    private static PSTokenType word(Token t, TokenLog.Entry previous) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        Token before = previous == null ? null : previous.token();
        if (before != null && !t.spaceBefore() && (before.isOperator(".") || before.isOperator("::"))
                && previous.role() == TokenLog.Role.TOKEN && t.kind() == TokenKind.IDENTIFIER) {
            return PSTokenType.Member;
        }
        boolean statementStart = previous == null || before != null && (before.is(TokenKind.NEWLINE)
                || before.is(TokenKind.SEMICOLON) || before.isOperator("{") || before.isOperator("}"));
        // param follows the attributes of the script block ([CmdletBinding()] param(...))
        boolean afterAttribute = before != null && before.isOperator("]") && lower.equals("param");
        if (KEYWORDS.contains(lower) && (statementStart || afterAttribute || lower.equals("in") && before != null
                && before.is(TokenKind.VARIABLE))) {
            return PSTokenType.Keyword;
        }
        boolean commandStart = statementStart || before != null && before.kind() == TokenKind.OPERATOR
                && COMMAND_STARTS.contains(before.text());
        return commandStart && t.kind() == TokenKind.GENERIC ? PSTokenType.Command : PSTokenType.CommandArgument;
    }

    private static TokenLog.Entry previousSignificant(List<TokenLog.Entry> entries, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (entries.get(i).role() != TokenLog.Role.COMMENT) {
                return entries.get(i);
            }
        }
        return null;
    }
}
