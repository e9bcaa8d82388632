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
        boolean late = p.statementSeen;
        int start = p.peek(Mode.COMMAND).start();
        Statement u = parseUsing(p);
        p.typeReferences.using(u);
        if (u instanceof Statement.Using using && using.kind().equals("module") && using.name() != null
                && !using.name().contains("*") && !using.name().contains("?")) {
            p.typeReferences.usingModule(using.name(), start, p.offset);
        }
        if (late) {
            // Parser.cs: usings must come before anything else in a script; the statement is parsed anyway.
            p.reportSemantic("UsingMustBeAtStartOfScript", "A 'using' statement must appear before any other statements in a script.",
                    start, p.offset);
        }
        return u;
    }

    private static Statement parseUsing(Parser p) {
        Token using = p.next(Mode.COMMAND);
        Token directive = p.peek(Mode.COMMAND);
        String kind = directive.is(TokenKind.GENERIC) ? directive.text().toLowerCase(Locale.ROOT) : "";
        if (!kind.equals("namespace") && !kind.equals("module") && !kind.equals("assembly")) {
            throw p.errorAt("MissingUsingStatementDirective", "Missing using directive", using.end());
        }
        p.next(Mode.COMMAND);
        Token item = p.peek(Mode.COMMAND);
        if (item.is(TokenKind.EOF) || item.is(TokenKind.NEWLINE) || item.is(TokenKind.SEMICOLON) || item.isOperator(",")) {
            // Parser.cs takes the ',' or ';' (NextToken) and the statement ends there.
            if (item.is(TokenKind.SEMICOLON) || item.isOperator(",")) {
                p.next(Mode.COMMAND);
            }
            throw p.errorAt("MissingUsingItemName", "Missing using name", directive.end());
        }
        if (kind.equals("module") && item.isOperator("@{")) {
            Expression spec = p.parsePrimary();
            return checked(p, new Statement.Using(kind, null, spec, p.pos(using)), using);
        }
        boolean constant = item.is(TokenKind.GENERIC) && !item.text().contains("$")
                || item.is(TokenKind.LITERAL_STRING)
                || item.is(TokenKind.EXPANDABLE_STRING) && !item.stringValue().contains("$") && !item.stringValue().contains("`");
        if (!constant) {
            ParseException error = p.error("InvalidValueForUsingItemName", "'" + item.text() + "' is not a valid value for using name.", item);
            if (!item.is(TokenKind.GENERIC) && !item.is(TokenKind.EXPANDABLE_STRING)) {
                // Parser.cs: no argument at all (')'): the rest of the line is skipped (SyncOnError).
                skipLine(p);
            }
            throw error;
        }
        p.next(Mode.COMMAND);
        Statement.Using u = new Statement.Using(kind, item.stringValue(), null, p.pos(using));
        if (p.peek(Mode.COMMAND).text().equals("=")) {
            // 'using namespace A = B': the alias form is parsed, then refused (SemanticChecks.VisitUsingStatement).
            Token equals = p.next(Mode.COMMAND);
            Token alias = p.peek(Mode.COMMAND);
            checkAlias(p, equals, alias);
            p.next(Mode.COMMAND);
            p.reportSemantic("UsingStatementNotSupported", "This syntax of the 'using' statement is not supported.",
                    using.start(), p.offset);
            return u;
        }
        return kind.equals("module") ? checked(p, u, using) : u;
    }

    /**
     * What 'using ... =' is followed by when it is not an alias name (Parser.cs UsingStatementRule as
     * fixed in PowerShell 7.3, #16745, where 5.1 failed with an internal error): nothing is
     * MissingNamespaceAlias right after '='; a ',' is UnexpectedUnaryOperator; a token that cannot be a
     * command argument is InvalidValueForUsingItemName and is left for the next statement.
     */
    private static void checkAlias(Parser p, Token equals, Token alias) {
        if (alias.is(TokenKind.EOF) || alias.is(TokenKind.NEWLINE) || alias.is(TokenKind.SEMICOLON)) {
            throw p.errorAt("MissingNamespaceAlias", "Missing namespace alias", equals.end());
        }
        if (alias.isOperator(",")) {
            p.next(Mode.COMMAND);
            throw p.error("UnexpectedUnaryOperator", "Internal error - unexpected unary operator ,.", alias);
        }
        if (alias.isOperator("&") || alias.isOperator("|") || alias.isOperator(")") || alias.isOperator("}")
                || alias.isOperator("&&") || alias.isOperator("||") || alias.is(TokenKind.REDIRECTION)) {
            throw p.error("InvalidValueForUsingItemName", "'" + alias.text() + "' is not a valid value for using name.", alias);
        }
    }

    private static void skipLine(Parser p) {
        while (true) {
            Token t = p.peek(Mode.COMMAND);
            if (t.is(TokenKind.EOF) || t.is(TokenKind.NEWLINE) || t.is(TokenKind.SEMICOLON)) {
                return;
            }
            p.next(Mode.COMMAND);
        }
    }

    /** The statement, with UsingModuleChecks' error (if any) listed after the syntax errors, as SymbolResolver reports it. */
    private static Statement checked(Parser p, Statement.Using u, Token using) {
        String[] error = UsingModuleChecks.check(u);
        if (error != null) {
            p.reportSemantic(error[0], error[1], using.start(), p.offset);
        }
        return u;
    }
}
