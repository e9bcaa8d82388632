package io.openecma.powershell.parser;

import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.Statement;
import io.openecma.powershell.lexer.Lexer.Mode;
import io.openecma.powershell.lexer.Token;
import io.openecma.powershell.lexer.TokenKind;

import java.util.Locale;

/**
 * The using statement (Parser.cs UsingStatementRule): {@code using namespace N}, {@code using module
 * NAME|PATH|@{ModuleName=...}} and {@code using assembly A}. The item is a bare word or a constant
 * string (a module may also be given by a hashtable). Error ids and texts: ParserStrings.resx.
 * Not supported: the PowerShell 7 alias forms ({@code using namespace X = Y}, {@code using type}).
 */
final class UsingStatements {

    private UsingStatements() {
    }

    static Statement parse(Parser p) {
        Token using = p.next(Mode.COMMAND);
        Token directive = p.peek(Mode.COMMAND);
        String kind = directive.is(TokenKind.GENERIC) ? directive.text().toLowerCase(Locale.ROOT) : "";
        if (!kind.equals("namespace") && !kind.equals("module") && !kind.equals("assembly")) {
            throw p.errorAt("MissingUsingStatementDirective", "Missing using directive", using.end());
        }
        p.next(Mode.COMMAND);
        Token item = p.peek(Mode.COMMAND);
        if (item.is(TokenKind.EOF) || item.is(TokenKind.NEWLINE) || item.is(TokenKind.SEMICOLON) || item.isOperator(",")) {
            throw p.errorAt("MissingUsingItemName", "Missing using name", directive.end());
        }
        if (kind.equals("module") && item.isOperator("@{")) {
            Expression spec = p.parsePrimary();
            return new Statement.Using(kind, null, spec, p.pos(using));
        }
        boolean constant = item.is(TokenKind.GENERIC) && !item.text().contains("$")
                || item.is(TokenKind.LITERAL_STRING)
                || item.is(TokenKind.EXPANDABLE_STRING) && !item.stringValue().contains("$") && !item.stringValue().contains("`");
        if (!constant) {
            throw p.error("InvalidValueForUsingItemName", "'" + item.text() + "' is not a valid value for using name.", item);
        }
        p.next(Mode.COMMAND);
        return new Statement.Using(kind, item.stringValue(), null, p.pos(using));
    }
}
