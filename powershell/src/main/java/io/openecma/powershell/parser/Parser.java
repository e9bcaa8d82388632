package io.openecma.powershell.parser;

import io.openecma.powershell.ast.AttributeNode;
import io.openecma.powershell.ast.Block;
import io.openecma.powershell.ast.CommandElement;
import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.HelpSite;
import io.openecma.powershell.ast.Parameter;
import io.openecma.powershell.ast.PipelineElement;
import io.openecma.powershell.ast.Position;
import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.ast.Statement;
import io.openecma.powershell.ast.TypeName;
import io.openecma.powershell.lexer.Lexer;
import io.openecma.powershell.lexer.Lexer.Mode;
import io.openecma.powershell.lexer.Token;
import io.openecma.powershell.lexer.TokenKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recursive-descent parser after PowerShell's Parser.cs: statements in command mode, expressions
 * with PowerShell's operator precedence (logical &lt; bitwise &lt; comparison &lt; additive &lt;
 * multiplicative &lt; -f &lt; range &lt; comma &lt; unary/cast &lt; postfix).
 */
public final class Parser {

    private static final Set<String> COMPARISON = Set.of("-eq", "-ne", "-gt", "-ge", "-lt", "-le", "-like", "-notlike",
            "-match", "-notmatch", "-replace", "-contains", "-notcontains", "-in", "-notin", "-split", "-join", "-is",
            "-isnot", "-as", "-shl", "-shr");
    private static final String FOREACH_FORM = "\nThe correct form is: foreach ($a in $b) {...}";
    private static final String FOREACH_FORM_PREFIX_VARIABLE = "Missing variable name after foreach.";
    private static final Set<String> ASSIGNMENT = Set.of("=", "+=", "-=", "*=", "/=", "%=", "??=");

    final Lexer lexer;
    private final String file;
    int offset;
    Token cached;
    private Mode cachedMode;
    private boolean noComma;
    /** Every error found so far, in order (Parser.cs ErrorList). */
    final List<ParseException> errors = new ArrayList<>();
    /** Errors of the checks 5.1 makes after parsing (SemanticChecks.cs): listed after the syntax errors. */
    final List<ParseException> semanticErrors = new ArrayList<>();
    private final RefCastChecks refCasts = new RefCastChecks(this);
    private final DataSectionChecks dataSections = new DataSectionChecks(this);
    /** Offsets of the parts of each attribute, for the class checks. */
    final AttributeSites attributeSites = new AttributeSites();
    /** The type names of class and enum declarations, resolved at the end of the parse. */
    final ClassTypeReferences typeReferences = new ClassTypeReferences();
    final FinallyFlow flow = new FinallyFlow();
    /** How many catch blocks enclose what is being parsed (a bare throw in one rethrows). */
    private int catchDepth;
    /** The consumed tokens, kept only for PSParser.Tokenize (null otherwise). */
    private TokenLog log;

    public Parser(String file, String text) {
        this(new Lexer(file, text));
    }

    private Parser(Lexer lexer) {
        this.lexer = lexer;
        this.file = lexer.file();
    }

    /**
     * Parses a whole script file. Like Parser.cs it reports an error and goes on, so the
     * ParseException thrown at the end lists every error (see {@link ParseException#errors()}).
     */
    public static ScriptBlockBody parseScript(String file, String text) {
        SourceLines.remember(file, text);
        Parser p = new Parser(file, text);
        ScriptBlockBody body = null;
        try {
            body = p.parseBody(false, 0);
            body = body.withHelpSite(p.helpSite(HelpSite.Kind.SCRIPT, -1, 0, text.length()));
        } catch (ParseException e) {
            p.recover(e, -1);
        }
        p.finishScript();
        RequiresComments.check(p);
        // SymbolResolver runs before SemanticChecks: its TypeNotFound errors come first.
        p.errors.addAll(p.typeReferences.errors(p));
        p.errors.addAll(p.semanticErrors);
        if (!p.errors.isEmpty()) {
            throw ParseException.of(p.errors);
        }
        return body;
    }

    /**
     * Parses a whole script as {@link #parseScript} does and returns what it consumed (the errors are
     * added to {@code errors}), for PSParser.Tokenize.
     */
    public static TokenLog tokenize(String text, List<ParseException> errors) {
        Parser p = new Parser(null, text);
        p.log = new TokenLog();
        try {
            p.parseBody(false, 0);
        } catch (ParseException e) {
            p.recover(e, -1);
        }
        p.finishScript();
        RequiresComments.check(p);
        p.errors.addAll(p.semanticErrors);
        errors.addAll(p.errors);
        p.log.comments(text, p.lexer.comments());
        return p.log;
    }

    /**
     * What is left after the script's statements: each token that cannot start a statement is
     * UnexpectedToken, eaten, and the statements after it parsed too (Parser.cs CompleteScriptBlockBody).
     */
    private void finishScript() {
        while (true) {
            int start = offset;
            try {
                Token t = peek(Mode.COMMAND);
                if (t.is(TokenKind.EOF)) {
                    return;
                }
                report(error("UnexpectedToken", "Unexpected token '" + t.text() + "' in expression or statement.", t));
                next(Mode.COMMAND);
                parseStatements();
            } catch (ParseException e) {
                recover(e, start);
            }
        }
    }

    // ---------------------------------------------------------------- errors and recovery

    /** Keeps an error and goes on parsing; an error already kept for the same extent and id is dropped (Parser.cs SaveError). */
    void report(ParseException e) {
        for (ParseException one : e.errors()) {
            // Errors known by line and column only (offset -1) are the same error only at the same place.
            boolean known = errors.stream().anyMatch(k -> k.errorId().equals(one.errorId())
                    && k.offset() == one.offset() && k.endOffset() == one.endOffset()
                    && (one.offset() >= 0 || java.util.Objects.equals(k.position(), one.position())));
            if (!known) {
                errors.add(one);
            }
        }
    }

    /**
     * After a statement threw: keep its errors and go on from where the parser stood, as Parser.cs
     * does by not eating the offending token. A statement that consumed nothing loses one token so the
     * statement list moves on; after a tokenizer error (an unclosed string or comment) nothing is left.
     */
    void recover(ParseException e, int statementStart) {
        report(e);
        cached = null;
        if (e.fromTokenizer()) {
            offset = lexer.text().length();
            return;
        }
        if (offset <= statementStart) {
            try {
                Token t = peek(Mode.COMMAND);
                if (!t.is(TokenKind.EOF)) {
                    next(Mode.COMMAND);
                }
            } catch (ParseException lexerError) {
                report(lexerError);
                offset = lexer.text().length();
                cached = null;
            }
        }
    }

    /** A semantic error (SemanticChecks.cs): parsing goes on and it is listed after the syntax errors. */
    ParseException reportSemantic(String errorId, String message, int start, int end) {
        ParseException e = new ParseException(errorId, message, lexer.positionAt(start), start, end, false, false);
        semanticErrors.add(e);
        return e;
    }

    /** An error with an empty extent right at {@code at}, e.g. Parser.cs's {@code After(token)}. */
    ParseException errorAt(String errorId, String message, int at) {
        return new ParseException(errorId, message, lexer.positionAt(at), at, at, atEndOfScript(at), false);
    }

    /** True when only white space and comments follow {@code at} (Tokenizer.IsAtEndOfScript): the input is incomplete. */
    boolean atEndOfScript(int at) {
        int savedOffset = offset;
        Token savedCached = cached;
        Mode savedMode = cachedMode;
        try {
            offset = at;
            cached = null;
            while (true) {
                Token t = next(Mode.EXPRESSION);
                if (t.is(TokenKind.EOF)) {
                    return true;
                }
                if (!t.is(TokenKind.NEWLINE)) {
                    return false;
                }
            }
        } catch (ParseException e) {
            return false;
        } finally {
            offset = savedOffset;
            cached = savedCached;
            cachedMode = savedMode;
        }
    }

    // ---------------------------------------------------------------- token plumbing

    Token peek(Mode mode) {
        if (cached != null && cachedMode == mode) {
            return cached;
        }
        lexer.reset(offset);
        cached = lexer.next(mode);
        cachedMode = mode;
        return cached;
    }

    Token next(Mode mode) {
        Token t = peek(mode);
        offset = t.end();
        cached = null;
        if (log != null) {
            log.took(t);
        }
        return t;
    }

    /** Notes a type name read after '[' (for the token log). */
    void tookTypeName(int from, int to, boolean attribute) {
        if (log != null) {
            log.typeName(lexer.text(), from, to, attribute);
        }
    }

    void rewind(int to) {
        offset = to;
        cached = null;
    }

    ParseException error(String message, Token at) {
        return error(ParseException.GENERIC_ID, message, at);
    }

    /** An error with 5.1's ErrorId (ParserStrings.resx) and message, at a token. */
    ParseException error(String errorId, String message, Token at) {
        return new ParseException(errorId, message, at.position(), at.start(), at.end(), at.is(TokenKind.EOF), false);
    }

    /**
     * Parser.cs ReportIncompleteInput(lCurly, found, MissingEndCurlyBrace): reported at the '{', and
     * incomplete input when what stands where the '}' should be is the end of the script.
     */
    ParseException missingEndCurly(Token open, Token found) {
        return new ParseException("MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.",
                open.position(), open.start(), open.end(), found.is(TokenKind.EOF), false);
    }

    Position pos(Token t) {
        return t.position();
    }

    void skipNewlines() {
        while (peek(Mode.EXPRESSION).is(TokenKind.NEWLINE)) {
            next(Mode.EXPRESSION);
        }
    }

    void skipTerminators() {
        while (true) {
            Token t = peek(Mode.EXPRESSION);
            if (t.is(TokenKind.NEWLINE) || t.is(TokenKind.SEMICOLON)) {
                next(Mode.EXPRESSION);
            } else {
                return;
            }
        }
    }

    Token expect(String op, Mode mode, String what) {
        return expect(op, mode, ParseException.GENERIC_ID, "Missing '" + op + "' " + what + ".");
    }

    Token expect(String op, Mode mode, String errorId, String message) {
        Token t = peek(mode);
        if (!t.isOperator(op)) {
            throw error(errorId, message, t);
        }
        return next(mode);
    }

    // ---------------------------------------------------------------- script bodies

    /** Where a body stands in this parser's text, for comment-based help. */
    private HelpSite helpSite(HelpSite.Kind kind, int keywordStart, int bodyOpen, int bodyClose) {
        return new HelpSite(kind, lexer.text(), lexer.comments(), keywordStart, bodyOpen, bodyClose);
    }

    /** Parses [attributes] param(...) and begin/process/end or a plain statement list. */
    private ScriptBlockBody parseBody(boolean braced, int textStart) {
        flow.enterScriptBlock();
        try {
            return parseBodyContent(braced, textStart);
        } finally {
            flow.exit();
        }
    }

    private ScriptBlockBody parseBodyContent(boolean braced, int textStart) {
        Token first = peek(Mode.COMMAND);
        Position start = pos(first);
        skipTerminators();
        List<AttributeNode> attributes = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>();
        boolean hasParam = false;
        int save = offset;
        List<AttributeNode> candidate = parseAttributeList();
        skipNewlines();
        Token t = peek(Mode.COMMAND);
        if (t.isWord("param") && lookingAtParen()) {
            next(Mode.COMMAND);
            attributes.addAll(candidate);
            hasParam = true;
            try {
                parameters.addAll(parseParameterList());
            } catch (ParseException e) {
                // Parser.cs ParamBlockRule reports a broken param block and goes on with the body.
                report(e);
            }
        } else {
            rewind(save);
        }
        skipTerminators();
        Block[] blocks = new Block[BLOCK_NAMES.size()];
        Token nb = peek(Mode.COMMAND);
        if (isBlockName(nb)) {
            parseNamedBlocks(blocks, braced);
        } else {
            blocks[2] = new Block(parseStatements(), start);
        }
        Block begin = blocks[0];
        Block process = blocks[1];
        Block end = blocks[2];
        int textEnd = braced ? peek(Mode.COMMAND).start() : lexer.text().length();
        String text = lexer.text().substring(Math.min(textStart, textEnd), textEnd);
        return new ScriptBlockBody(attributes, parameters, hasParam, begin, process, end, text, start, blocks[4]);
    }

    /** Named blocks; "clean" is PowerShell 7.3's (Parser.cs NamedBlockListRule), additive as 5.1 cannot parse it. */
    private static final List<String> BLOCK_NAMES = List.of("begin", "process", "end", "dynamicparam", "clean");

    /** begin, process, end and dynamicparam are keywords where a script body starts (Parser.cs ScriptBlockBodyRule). */
    private static boolean isBlockName(Token t) {
        return t.is(TokenKind.GENERIC) && BLOCK_NAMES.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Parser.cs NamedBlockListRule: a name without its block is reported after the name and skipped,
     * a second block of a name is DuplicateScriptCommandClause, any other token ends the list with
     * MissingNamedBlocks. {@code blocks}: begin, process, end, dynamicparam (parsed, not run), clean.
     */
    private void parseNamedBlocks(Block[] blocks, boolean braced) {
        while (true) {
            skipTerminators();
            Token k = peek(Mode.COMMAND);
            if (k.is(TokenKind.EOF) || k.isOperator("}")) {
                return;
            }
            if (!isBlockName(k)) {
                report(error("MissingNamedBlocks", "unexpected token '" + k.text() + "', expected 'begin', 'process', "
                        + "'end', or 'dynamicparam'.", k));
                if (!braced) {
                    // A script file: the rest of it is not parsed (Parser.cs goes to return_script_block_ast).
                    rewind(lexer.text().length());
                }
                return;
            }
            next(Mode.COMMAND);
            skipNewlines();
            if (!peek(Mode.EXPRESSION).isOperator("{")) {
                report(errorAt("MissingNamedStatementBlock", "Missing statement block after '"
                        + k.text().toLowerCase(Locale.ROOT) + "'.", k.end()));
                continue;
            }
            Block b = parseBlock();
            int index = BLOCK_NAMES.indexOf(k.text().toLowerCase(Locale.ROOT));
            if (blocks[index] != null) {
                report(new ParseException("DuplicateScriptCommandClause", "Script command clause '"
                        + k.text().toLowerCase(Locale.ROOT) + "' has already been defined.", k.position(), k.start(), offset,
                        false, false));
            }
            blocks[index] = b;
        }
    }

    private boolean lookingAtParen() {
        int save = offset;
        next(Mode.COMMAND);
        skipNewlines();
        boolean paren = peek(Mode.EXPRESSION).isOperator("(");
        rewind(save);
        return paren;
    }

    List<AttributeNode> parseAttributeList() {
        List<AttributeNode> list = new ArrayList<>();
        while (true) {
            skipNewlines();
            Token t = peek(Mode.EXPRESSION);
            if (!t.isOperator("[")) {
                return list;
            }
            int save = offset;
            AttributeNode a = tryParseAttribute();
            if (a == null) {
                rewind(save);
                return list;
            }
            list.add(a);
        }
    }

    /** {@code [Name(args)]} or {@code [type]}; null if the bracket does not hold a type/attribute. */
    AttributeNode tryParseAttribute() {
        Token open = next(Mode.EXPRESSION);
        lexer.reset(offset);
        int typeStart = offset;
        String typeText = lexer.scanTypeNameText();
        if (typeText == null) {
            return null;
        }
        offset = lexer.offset();
        cached = null;
        TypeName type = TypeNames.parse(typeText, pos(open));
        Token t = peek(Mode.EXPRESSION);
        tookTypeName(typeStart, offset, t.isOperator("("));
        if (t.isOperator("(")) {
            next(Mode.EXPRESSION);
            List<Expression> positional = new ArrayList<>();
            Map<String, Expression> named = new LinkedHashMap<>();
            Map<String, Integer> namedStarts = new LinkedHashMap<>();
            boolean saved = noComma;
            noComma = true;
            skipNewlines();
            while (!peek(Mode.EXPRESSION).isOperator(")")) {
                Token a = peek(Mode.EXPRESSION);
                if (a.is(TokenKind.IDENTIFIER)) {
                    int save = offset;
                    next(Mode.EXPRESSION);
                    if (peek(Mode.EXPRESSION).isOperator("=")) {
                        next(Mode.EXPRESSION);
                        skipNewlines();
                        namedStarts.put(a.text(), a.start());
                        named.put(a.text(), parseExpression());
                    } else if (peek(Mode.EXPRESSION).isOperator(",") || peek(Mode.EXPRESSION).isOperator(")")
                            || peek(Mode.EXPRESSION).is(TokenKind.NEWLINE)) {
                        namedStarts.put(a.text(), a.start());
                        named.put(a.text(), null);
                    } else {
                        rewind(save);
                        positional.add(parseExpression());
                    }
                } else {
                    positional.add(parseExpression());
                }
                skipNewlines();
                if (peek(Mode.EXPRESSION).isOperator(",")) {
                    next(Mode.EXPRESSION);
                    skipNewlines();
                } else if (!peek(Mode.EXPRESSION).isOperator(")")) {
                    throw error("MissingEndParenthesisInExpression", "Missing closing ')' in expression.",
                            peek(Mode.EXPRESSION));
                }
            }
            noComma = saved;
            next(Mode.EXPRESSION);
            expect("]", Mode.EXPRESSION, "EndSquareBracketExpectedAtEndOfAttribute",
                    "Missing ] at end of attribute or type literal.");
            AttributeNode node = new AttributeNode(type, false, positional, named, pos(open));
            attributeSites.put(node, open.end(), namedStarts);
            return node;
        }
        if (!t.isOperator("]")) {
            return null;
        }
        next(Mode.EXPRESSION);
        AttributeNode node = new AttributeNode(type, true, List.of(), Map.of(), pos(open));
        attributeSites.put(node, open.end(), Map.of());
        return node;
    }

    /**
     * {@code ( parameter, ... )} of param, a function or a method (Parser.cs ParameterListRule and
     * ParameterRule): the list ends at the first thing that is no parameter, and a missing ')' is
     * reported after the last parameter. Duplicate names and {@code @name} are semantic errors.
     */
    List<Parameter> parseParameterList() {
        int afterKeyword = offset;
        skipNewlines();
        if (!peek(Mode.EXPRESSION).isOperator("(")) {
            throw errorAt("MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'param'.", afterKeyword);
        }
        int lastEnd = next(Mode.EXPRESSION).end();
        List<Parameter> params = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        Token comma = null;
        while (true) {
            skipNewlines();
            int paramStart = peek(Mode.EXPRESSION).start();
            List<AttributeNode> attrs = parseAttributeList();
            int afterAttributes = offset;
            skipNewlines();
            Token v = peek(Mode.EXPRESSION);
            if (!v.is(TokenKind.VARIABLE) && !v.is(TokenKind.SPLAT)) {
                if (!attrs.isEmpty()) {
                    throw errorAt("InvalidFunctionParameter", "Parameter declarations are a comma-separated list of "
                            + "variable names with optional initializer expressions.", afterAttributes);
                }
                if (comma != null) {
                    report(errorAt("MissingExpressionAfterToken", "Missing expression after ','.", comma.end()));
                }
                break;
            }
            next(Mode.EXPRESSION);
            if (v.is(TokenKind.SPLAT)) {
                splattingNotPermitted(v);
            }
            if (!names.add(v.stringValue().toLowerCase(Locale.ROOT))) {
                reportSemantic("DuplicateFormalParameter", "Duplicate parameter $" + v.stringValue() + " in parameter list.",
                        v.start(), v.end());
            }
            Expression def = null;
            lastEnd = offset;
            skipNewlines();
            if (peek(Mode.EXPRESSION).isOperator("=")) {
                next(Mode.EXPRESSION);
                skipNewlines();
                boolean saved = noComma;
                noComma = true;
                def = parseExpression();
                noComma = saved;
                lastEnd = offset;
            }
            params.add(new Parameter(v.stringValue(), attrs, def, pos(v), paramStart, lastEnd));
            skipNewlines();
            if (!peek(Mode.EXPRESSION).isOperator(",")) {
                break;
            }
            comma = next(Mode.EXPRESSION);
        }
        skipNewlines();
        if (!peek(Mode.EXPRESSION).isOperator(")")) {
            throw errorAt("MissingEndParenthesisInFunctionParameterList", "Missing ')' in function parameter list.", lastEnd);
        }
        next(Mode.EXPRESSION);
        return params;
    }

    // ---------------------------------------------------------------- statements

    List<Statement> parseStatements() {
        List<Statement> list = new ArrayList<>();
        while (true) {
            skipTerminators();
            Token t = peek(Mode.COMMAND);
            if (t.is(TokenKind.EOF) || t.isOperator("}") || t.isOperator(")")) {
                return TypeDefinitionParser.hoist(list);
            }
            int start = offset;
            try {
                Statement statement = parseStatement();
                list.add(statement);
                if (endsWithPipeline(statement)) {
                    expectStatementEnd();
                }
            } catch (ParseException e) {
                recover(e, start);
            }
        }
    }

    /**
     * Only a pipeline must be followed by a terminator. Parser.cs's StatementListRule reads the
     * next statement right after any other (so {@code if ($a) { 1 } "next"} and
     * {@code trap { } try { } catch { }} are valid); its PipelineRule reports UnexpectedToken
     * for anything but ; newline ) } | after a pipeline.
     */
    private static boolean endsWithPipeline(Statement s) {
        if (s instanceof Statement.Assignment a) {
            return endsWithPipeline(a.value());
        }
        return s instanceof Statement.Pipeline || s instanceof Statement.Throw || s instanceof Statement.Return
                || s instanceof Statement.Exit || s instanceof Statement.Break || s instanceof Statement.Continue;
    }

    private void expectStatementEnd() {
        Token after = peek(Mode.EXPRESSION);
        if (!(after.is(TokenKind.NEWLINE) || after.is(TokenKind.SEMICOLON) || after.is(TokenKind.EOF)
                || after.isOperator("}") || after.isOperator(")"))) {
            throw error("UnexpectedToken", "Unexpected token '" + after.text() + "' in expression or statement.", after);
        }
    }

    Block parseBlock() {
        return parseBlock("MissingStatementBlock", "Missing statement block.");
    }

    /** A '{' statements '}' block; without its '{' the error is reported right after what came before (Parser.cs). */
    private Block parseBlock(String missingErrorId, String missingMessage) {
        int afterPrevious = offset;
        skipNewlines();
        if (!peek(Mode.EXPRESSION).isOperator("{")) {
            throw new ParseException(missingErrorId, missingMessage, lexer.positionAt(afterPrevious), afterPrevious,
                    peek(Mode.EXPRESSION).is(TokenKind.EOF));
        }
        Token open = next(Mode.EXPRESSION);
        List<Statement> body = parseStatements();
        Token close = peek(Mode.COMMAND);
        if (!close.isOperator("}")) {
            throw missingEndCurly(open, close);
        }
        next(Mode.COMMAND);
        return new Block(body, pos(open));
    }

    /** Whether a statement other than {@code using} has been read: a later using is UsingMustBeAtStartOfScript. */
    boolean statementSeen;

    Statement parseStatement() {
        Statement statement = parseOneStatement();
        if (!(statement instanceof Statement.Using)) {
            statementSeen = true;
        }
        return statement;
    }

    private Statement parseOneStatement() {
        Statement attributed = TypeDefinitionParser.tryAttributed(this);
        if (attributed != null) {
            return attributed;
        }
        Token t = peek(Mode.COMMAND);
        String label = null;
        // tokenizer.cs ScanLabel: a label's name starts like an identifier ('::now' is a generic token).
        if (t.is(TokenKind.GENERIC) && t.text().startsWith(":") && t.text().length() > 1
                && (Character.isLetter(t.text().charAt(1)) || t.text().charAt(1) == '_')) {
            label = t.text().substring(1);
            next(Mode.COMMAND);
            skipNewlines();
            t = peek(Mode.COMMAND);
        }
        if (t.is(TokenKind.GENERIC)) {
            switch (t.text().toLowerCase(Locale.ROOT)) {
                case "if": return parseIf();
                case "while": return parseWhile(label);
                case "do": return parseDo(label);
                case "for": return parseFor(label);
                case "foreach": return parseForeach(label);
                case "switch": return parseSwitch(label);
                case "try": return parseTry();
                case "trap": return parseTrap();
                case "throw": {
                    next(Mode.COMMAND);
                    Statement.Pipeline value = optionalPipeline();
                    return new Statement.Throw(value, pos(t), value == null && catchDepth > 0);
                }
                case "return": {
                    next(Mode.COMMAND);
                    Statement.Return r = new Statement.Return(optionalPipeline(), pos(t));
                    checkFinallyFlow(t, true, null);
                    return r;
                }
                case "exit": next(Mode.COMMAND); return new Statement.Exit(optionalPipeline(), pos(t));
                case "break": {
                    next(Mode.COMMAND);
                    Statement.Break b = new Statement.Break(optionalLabel(), pos(t));
                    checkFinallyFlow(t, false, b.label());
                    return b;
                }
                case "continue": {
                    next(Mode.COMMAND);
                    Statement.Continue c = new Statement.Continue(optionalLabel(), pos(t));
                    checkFinallyFlow(t, false, c.label());
                    return c;
                }
                case "data": return parseData();
                case "function": return parseFunction(false);
                case "filter": return parseFunction(true);
                case "class": case "enum": return new TypeDefinitionParser(this).parse(List.of());
                case "using": return UsingStatements.parse(this);
                default: break;
            }
        }
        if (label != null) {
            throw error("MissingLoopStatement", "A loop label must be followed by a loop statement.", t);
        }
        return parsePipelineOrAssignment();
    }

    /** ControlLeavingFinally over the whole statement (a labeled break is not judged: its loop may be outside). */
    private void checkFinallyFlow(Token keyword, boolean isReturn, Expression label) {
        if (label == null && flow.leavesFinally(isReturn)) {
            reportSemantic("ControlLeavingFinally", "Flow of control cannot leave a Finally block.", keyword.start(), offset);
        }
    }

    private boolean atStatementEnd() {
        Token t = peek(Mode.COMMAND);
        return t.is(TokenKind.NEWLINE) || t.is(TokenKind.SEMICOLON) || t.is(TokenKind.EOF) || t.isOperator("}")
                || t.isOperator(")") || t.isOperator("|");
    }

    private Statement.Pipeline optionalPipeline() {
        if (atStatementEnd()) {
            return null;
        }
        Statement s = parsePipelineOrAssignment();
        return asPipeline(s);
    }

    private Statement.Pipeline asPipeline(Statement s) {
        if (s instanceof Statement.Pipeline p) {
            return p;
        }
        Expression e = new Expression.Paren(s, s.position());
        return new Statement.Pipeline(List.of(new PipelineElement.ExpressionElement(e, List.of(), s.position())),
                s.position());
    }

    private Expression optionalLabel() {
        if (atStatementEnd()) {
            return null;
        }
        Token t = peek(Mode.COMMAND);
        if (t.is(TokenKind.GENERIC)) {
            next(Mode.COMMAND);
            return new Expression.StringConstant(t.stringValue(), true, pos(t));
        }
        return parseUnary();
    }

    /**
     * {@code ( pipeline )} after if/elseif/while/until/switch. Each error is reported right after
     * what came before it, as Parser.cs IfStatementRule and WhileStatementRule do.
     */
    private Statement.Pipeline parseCondition(String keyword) {
        boolean isIf = keyword.equals("if") || keyword.equals("elseif");
        int afterKeyword = offset;
        skipNewlines();
        if (!peek(Mode.EXPRESSION).isOperator("(")) {
            throw isIf
                    ? errorAt("MissingOpenParenthesisInIfStatement", "Missing '(' after '" + keyword + "' in if statement.", afterKeyword)
                    : errorAt("MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword '" + keyword + "'.", afterKeyword);
        }
        int afterParen = next(Mode.EXPRESSION).end();
        skipNewlines();
        Statement s = optionalPipeline(true);
        if (s == null) {
            throw isIf
                    ? errorAt("IfStatementMissingCondition", "Missing condition in if statement after '" + keyword + " ('.", afterParen)
                    : errorAt("MissingExpressionAfterKeyword", "Missing expression after '" + keyword + "' in loop.", afterParen);
        }
        int afterCondition = offset;
        skipNewlines();
        if (!peek(Mode.EXPRESSION).isOperator(")")) {
            throw errorAt("MissingEndParenthesisAfterStatement",
                    "Missing closing ')' after expression in '" + keyword + "' statement.", afterCondition);
        }
        next(Mode.EXPRESSION);
        return asPipeline(s);
    }

    /**
     * A pipeline, or null where none starts (end of input, a terminator, a closing bracket): the cases
     * Parser.cs PipelineChainRule returns null for. {@code inParens}: a newline ends nothing there.
     */
    private Statement optionalPipeline(boolean inParens) {
        Token t = peek(Mode.COMMAND);
        if (t.is(TokenKind.EOF) || t.is(TokenKind.SEMICOLON) || t.isOperator(")") || t.isOperator("}")
                || (!inParens && t.is(TokenKind.NEWLINE))) {
            return null;
        }
        return parsePipelineOrAssignment();
    }

    private Statement parseIf() {
        Token kw = next(Mode.COMMAND);
        List<Statement.IfClause> clauses = new ArrayList<>();
        clauses.add(new Statement.IfClause(parseCondition("if"), parseBlock("MissingStatementBlock", "Missing statement block after if ( condition ).")));
        Block elseBlock = null;
        while (true) {
            int save = offset;
            skipNewlines();
            Token t = peek(Mode.COMMAND);
            if (t.isWord("elseif")) {
                next(Mode.COMMAND);
                clauses.add(new Statement.IfClause(parseCondition("elseif"), parseBlock("MissingStatementBlock", "Missing statement block after elseif ( condition ).")));
            } else if (t.isWord("else")) {
                next(Mode.COMMAND);
                elseBlock = parseBlock("MissingStatementBlockAfterElse", "Missing statement block after 'else' keyword.");
                break;
            } else {
                rewind(save);
                break;
            }
        }
        return new Statement.If(clauses, elseBlock, pos(kw));
    }

    private Statement parseWhile(String label) {
        Token kw = next(Mode.COMMAND);
        Statement.Pipeline cond = parseCondition("while");
        return new Statement.While(label, cond, loopBody("MissingLoopStatement", "Missing statement body in while loop."), pos(kw));
    }

    private Statement parseDo(String label) {
        Token kw = next(Mode.COMMAND);
        Block body = loopBody("MissingLoopStatement", "Missing statement body in do loop.");
        int afterBody = offset;
        skipNewlines();
        Token w = peek(Mode.COMMAND);
        boolean until;
        if (w.isWord("while")) {
            until = false;
        } else if (w.isWord("until")) {
            until = true;
        } else {
            throw errorAt("MissingWhileOrUntilInDoWhile", "Missing while or until keyword in do loop.", afterBody);
        }
        next(Mode.COMMAND);
        return new Statement.DoLoop(label, body, parseCondition(until ? "until" : "while"), until, pos(kw));
    }

    /** A loop's body: break and continue inside it stay inside the loop (for ControlLeavingFinally). */
    private Block loopBody(String missingErrorId, String missingMessage) {
        flow.enterLoop();
        try {
            return parseBlock(missingErrorId, missingMessage);
        } finally {
            flow.exitLoop();
        }
    }

    /** Parser.cs ForStatementRule: each missing part is reported right after the last thing read. */
    private Statement parseFor(String label) {
        Token kw = next(Mode.COMMAND);
        int afterKeyword = offset;
        skipNewlines();
        if (!peek(Mode.EXPRESSION).isOperator("(")) {
            throw errorAt("MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'for'.", afterKeyword);
        }
        next(Mode.EXPRESSION);
        int[] lastEnd = {offset};
        Statement init = forPart(true, lastEnd);
        Statement cond = forPart(true, lastEnd);
        Statement iter = forPart(false, lastEnd);
        skipNewlines();
        if (!peek(Mode.EXPRESSION).isOperator(")")) {
            throw errorAt("MissingEndParenthesisAfterStatement", "Missing closing ')' after expression in 'for' statement.",
                    lastEnd[0]);
        }
        next(Mode.EXPRESSION);
        return new Statement.For(label, init, cond == null ? null : asPipeline(cond), iter, loopBody("MissingLoopStatement", "Missing statement body in for loop."), pos(kw));
    }

    private Statement forPart(boolean endsWithSemicolon, int[] lastEnd) {
        skipNewlines();
        Statement s = optionalPipeline(true);
        if (s != null) {
            lastEnd[0] = offset;
        }
        if (endsWithSemicolon && peek(Mode.EXPRESSION).is(TokenKind.SEMICOLON)) {
            lastEnd[0] = next(Mode.EXPRESSION).end();
        }
        return s;
    }

    /** Parser.cs ForeachStatementRule: each missing part is reported right after the last thing read. */
    private Statement parseForeach(String label) {
        Token kw = next(Mode.COMMAND);
        int afterKeyword = offset;
        skipNewlines();
        ForeachFlags flags = foreachFlags();
        if (!peek(Mode.EXPRESSION).isOperator("(")) {
            throw errorAt("MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'foreach'.", afterKeyword);
        }
        int afterParen = next(Mode.EXPRESSION).end();
        skipNewlines();
        Token v = peek(Mode.EXPRESSION);
        if (!v.is(TokenKind.VARIABLE) && !v.is(TokenKind.SPLAT)) {
            throw errorAt("MissingVariableNameAfterForeach", FOREACH_FORM_PREFIX_VARIABLE + FOREACH_FORM, afterParen);
        }
        next(Mode.EXPRESSION);
        if (v.is(TokenKind.SPLAT)) {
            splattingNotPermitted(v);
        }
        skipNewlines();
        Token in = peek(Mode.COMMAND);
        if (!in.isWord("in")) {
            throw errorAt("MissingInInForeach", "Missing 'in' after variable in foreach loop." + FOREACH_FORM, v.end());
        }
        next(Mode.COMMAND);
        skipNewlines();
        Statement coll = optionalPipeline(true);
        if (coll == null) {
            throw errorAt("MissingForeachExpression", "Missing expression in foreach loop." + FOREACH_FORM, in.end());
        }
        int afterCollection = offset;
        skipNewlines();
        if (!peek(Mode.EXPRESSION).isOperator(")")) {
            throw errorAt("MissingEndParenthesisAfterForeach",
                    "Missing closing ')' after expression part of foreach loop." + FOREACH_FORM, afterCollection);
        }
        next(Mode.EXPRESSION);
        Statement.Foreach loop = new Statement.Foreach(label, v.stringValue(), asPipeline(coll),
                loopBody("MissingForeachStatement", "Missing statement body in foreach loop."), pos(kw));
        flags.check(this, kw.start(), offset);
        return loop;
    }

    /**
     * The flags between {@code foreach} and its '(' (Parser.cs ForeachStatementRule): -parallel and
     * -throttlelimit N, matched by prefix; any other is InvalidForeachFlag and parsing goes on.
     */
    private ForeachFlags foreachFlags() {
        boolean parallel = false;
        boolean throttled = false;
        while (peek(Mode.COMMAND).is(TokenKind.PARAMETER)) {
            Token flag = next(Mode.COMMAND);
            String name = flag.stringValue();
            if ("parallel".regionMatches(true, 0, name, 0, name.length())) {
                parallel = true;
            } else if ("throttlelimit".regionMatches(true, 0, name, 0, name.length())) {
                skipNewlines();
                throttled = true;
                if (parseCommandArgument() == null) {
                    report(errorAt("MissingThrottleLimit", "The ThrottleLimit parameter of the foreach statement is "
                            + "missing a value. Supply a throttle limit to the parameter.", flag.end()));
                }
            } else {
                report(error("InvalidForeachFlag", "The parameter " + name + " is not valid for the foreach statement.", flag));
            }
            skipNewlines();
        }
        return new ForeachFlags(parallel, throttled);
    }

    /**
     * Windows PowerShell 5.1's semantic checks of the flags (SemanticChecks.cs VisitForEachStatement in
     * the 2016 source drop; 6.0 replaced both ids when it dropped workflows): -parallel belongs to
     * workflows, which the engine does not run, and -throttlelimit needs -parallel. The second id keeps
     * 5.1's spelling.
     */
    private record ForeachFlags(boolean parallel, boolean throttled) {
        void check(Parser parser, int start, int end) {
            if (parallel) {
                parser.reportSemantic("ParallelNotSupported",
                        "The '-parallel' parameter can be used only within a workflow.", start, end);
            }
            if (throttled && !parallel) {
                parser.reportSemantic("ThrottleLimitRequresParallelFlag",
                        "The ThrottleLimit parameter is only supported on foreach statements that use the Parallel parameter.",
                        start, end);
            }
        }
    }

    /**
     * What a statement whose errors were reported (not thrown) stands for, like Parser.cs's
     * ErrorStatementAst: the script has errors, so it never runs.
     */
    private static Statement errorStatement(Token at) {
        return new Statement.BlockStatement(new Block(List.of(), at.position()), at.position());
    }

    /** {@code @name} where an expression is read (SemanticChecks.cs VisitVariableExpression). */
    void splattingNotPermitted(Token splat) {
        String name = splat.stringValue();
        reportSemantic("SplattingNotPermitted", "The splatting operator '@' cannot be used to reference variables in an "
                + "expression. '@" + name + "' can be used only as an argument to a command. To reference variables in an "
                + "expression use '$" + name + "'.", splat.start(), splat.end());
    }

    private static final Set<String> SWITCH_FLAGS = Set.of("regex", "wildcard", "exact", "casesensitive", "file");

    /**
     * Parser.cs SwitchStatementRule: flags, {@code -file name} or {@code ( pipeline )}, then the clauses.
     * Errors are reported after what came before; once one of them is incomplete input the later
     * missing parts are not reported again.
     */
    private Statement parseSwitch(String label) {
        Token kw = next(Mode.COMMAND);
        int lastEnd = offset;
        boolean incomplete = false;
        boolean failed = false;
        List<String> flags = new ArrayList<>();
        Expression fileName = null;
        while (true) {
            skipNewlines();
            Token t = peek(Mode.COMMAND);
            if (!t.is(TokenKind.PARAMETER)) {
                break;
            }
            next(Mode.COMMAND);
            lastEnd = t.end();
            String flag = matchSwitchFlag(t.stringValue());
            if (flag == null) {
                failed = true;
                report(error("InvalidSwitchFlag", "The parameter " + t.stringValue() + " is not valid for the switch statement.", t));
                continue;
            }
            flags.add(flag);
            if (flag.equals("file")) {
                skipNewlines();
                Token f = peek(Mode.COMMAND);
                if (f.is(TokenKind.EOF) || f.is(TokenKind.SEMICOLON) || f.is(TokenKind.NEWLINE) || f.isOperator("(")
                        || f.isOperator(")") || f.isOperator("{") || f.isOperator("}")) {
                    failed = true;
                    ParseException e = errorAt("MissingFilenameOption", "Cannot process the 'switch' statement because of a "
                            + "missing file name argument to the -file option.", t.end());
                    incomplete = e.incompleteInput();
                    report(e);
                } else {
                    fileName = parseCommandArgument();
                    lastEnd = offset;
                }
            }
        }
        Statement.Pipeline subject = null;
        skipNewlines();
        Token lParen = peek(Mode.EXPRESSION);
        if (lParen.isOperator("(")) {
            next(Mode.EXPRESSION);
            lastEnd = lParen.end();
            if (flags.contains("file")) {
                failed = true;
                report(error("PipelineValueRequired", PIPELINE_VALUE_REQUIRED, lParen));
            }
            skipNewlines();
            Statement condition = optionalPipeline(true);
            if (condition == null) {
                failed = true;
                ParseException e = errorAt("PipelineValueRequired", PIPELINE_VALUE_REQUIRED, lParen.end());
                incomplete = e.incompleteInput();
                report(e);
            } else {
                subject = asPipeline(condition);
                lastEnd = offset;
            }
            skipNewlines();
            if (peek(Mode.EXPRESSION).isOperator(")")) {
                lastEnd = next(Mode.EXPRESSION).end();
            } else if (!incomplete) {
                failed = true;
                ParseException e = errorAt("MissingEndParenthesisInSwitchStatement", "Missing ')' after expression in switch statement.", lastEnd);
                incomplete = e.incompleteInput();
                report(e);
            }
        } else if (!flags.contains("file")) {
            failed = true;
            ParseException e = errorAt("PipelineValueRequired", PIPELINE_VALUE_REQUIRED, lastEnd);
            incomplete = e.incompleteInput();
            report(e);
        }
        skipNewlines();
        Token open = peek(Mode.EXPRESSION);
        List<Statement.SwitchClause> clauses = new ArrayList<>();
        Block defaultBlock = null;
        if (!open.isOperator("{")) {
            if (!incomplete) {
                report(errorAt("MissingCurlyBraceInSwitchStatement", "Missing '{' in switch statement.", lastEnd));
            }
            return errorStatement(kw);
        }
        next(Mode.EXPRESSION);
        lastEnd = open.end();
        flow.enterLoop();
        try {
            skipTerminators();
            while (true) {
                Token t = peek(Mode.COMMAND);
                boolean isDefault = t.isWord("default");
                Expression cond = null;
                if (isDefault) {
                    next(Mode.COMMAND);
                } else if (!(t.is(TokenKind.EOF) || t.isOperator("}") || t.isOperator(")"))) {
                    cond = parseCommandArgument();
                }
                if (!isDefault && cond == null) {
                    failed = true;
                    report(errorAt("MissingSwitchConditionExpression", "Missing condition in switch statement clause.", lastEnd));
                    if (peek(Mode.COMMAND).isOperator("}")) {
                        next(Mode.COMMAND);
                    }
                    break;
                }
                lastEnd = offset;
                Block body;
                try {
                    body = parseBlock("MissingSwitchStatementClause", "Missing statement block in switch statement clause.");
                } catch (ParseException e) {
                    failed = true;
                    incomplete = e.incompleteInput();
                    report(e);
                    body = null;
                }
                if (body != null) {
                    lastEnd = offset;
                    if (isDefault) {
                        if (defaultBlock != null) {
                            failed = true;
                            report(error("MultipleSwitchDefaultClauses", "A switch statement can have only one default clause.", t));
                        }
                        defaultBlock = body;
                    } else {
                        clauses.add(new Statement.SwitchClause(cond, body));
                    }
                }
                skipTerminators();
                Token after = peek(Mode.COMMAND);
                if (after.isOperator("}")) {
                    next(Mode.COMMAND);
                    break;
                }
                if (after.is(TokenKind.EOF)) {
                    if (!incomplete) {
                        failed = true;
                        report(missingEndCurly(open, after));
                    }
                    break;
                }
            }
        } finally {
            flow.exitLoop();
        }
        if (failed) {
            return errorStatement(kw);
        }
        if (fileName != null) {
            throw error("NotSupported", "switch -File is not supported.", kw);
        }
        return new Statement.Switch(label, flags, subject, clauses, defaultBlock, pos(kw));
    }

    private static final String PIPELINE_VALUE_REQUIRED =
            "A switch statement must have one of the following:  '-file file_name' or '( expression )'.";

    /** A switch flag by any unambiguous prefix of its name (Parser.cs IsSpecificParameter), or null. */
    private static String matchSwitchFlag(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return null;
        }
        for (String flag : List.of("regex", "wildcard", "exact", "casesensitive", "file")) {
            if (flag.startsWith(lower)) {
                return flag;
            }
        }
        return null;
    }

    private Statement parseTry() {
        Token kw = next(Mode.COMMAND);
        Block body = parseBlock("MissingTryStatementBlock", "The Try statement is missing its statement block.");
        int afterBody = offset;
        List<Statement.CatchClause> catches = new ArrayList<>();
        Block fin = null;
        while (true) {
            int save = offset;
            skipNewlines();
            Token t = peek(Mode.COMMAND);
            if (t.isWord("catch")) {
                next(Mode.COMMAND);
                List<TypeName> types = new ArrayList<>();
                while (true) {
                    skipNewlines();
                    if (!peek(Mode.EXPRESSION).isOperator("[")) {
                        break;
                    }
                    types.add(parseTypeLiteral());
                    skipNewlines();
                    if (peek(Mode.EXPRESSION).isOperator(",")) {
                        Token comma = next(Mode.EXPRESSION);
                        skipNewlines();
                        if (!peek(Mode.EXPRESSION).isOperator("[")) {
                            // Parser.cs: pretend the comma was not there and look for the handler block; at the
                            // end of the input that block is not reported missing as well.
                            ParseException e = errorAt("MissingTypeLiteralToken", "Missing type literal.", comma.end());
                            report(e);
                            if (e.incompleteInput()) {
                                return errorStatement(kw);
                            }
                        }
                    }
                }
                catchDepth++;
                try {
                    catches.add(new Statement.CatchClause(types, parseBlock("MissingCatchHandlerBlock", "The Catch block is missing its statement block.")));
                } finally {
                    catchDepth--;
                }
            } else if (t.isWord("finally")) {
                next(Mode.COMMAND);
                flow.enterFinally();
                try {
                    fin = parseBlock("MissingFinallyStatementBlock", "The Finally block is missing its statement block.");
                } finally {
                    flow.exit();
                }
                break;
            } else {
                rewind(save);
                break;
            }
        }
        if (catches.isEmpty() && fin == null) {
            throw errorAt("MissingCatchOrFinally", "The Try statement is missing its Catch or Finally block.", afterBody);
        }
        return new Statement.Try(body, catches, fin, pos(kw));
    }

    /**
     * {@code data [name] [-SupportedCommand cmd, ...] { statements }} (Parser.cs DataStatementRule). It
     * outputs what its block outputs, or assigns it to {@code $name}. Its commands are checked by
     * {@link DataSectionChecks}; the restricted language's other rules are not.
     */
    private Statement parseData() {
        Token kw = next(Mode.COMMAND);
        int lastEnd = offset;
        skipNewlines();
        String name = null;
        Token n = peek(Mode.COMMAND);
        if (n.is(TokenKind.GENERIC) && n.text().matches("[\\p{L}\\p{N}_]+")) {
            next(Mode.COMMAND);
            name = n.text();
            lastEnd = n.end();
            skipNewlines();
        }
        Token p = peek(Mode.COMMAND);
        boolean failed = false;
        List<Expression> supported = new ArrayList<>();
        if (p.is(TokenKind.PARAMETER)) {
            next(Mode.COMMAND);
            String given = p.stringValue().toLowerCase(Locale.ROOT);
            if (given.isEmpty() || !"supportedcommand".startsWith(given)) {
                failed = true;
                report(error("InvalidParameterForDataSectionStatement", "The \"" + p.stringValue() + "\" parameter of the "
                        + "Data section is not valid. The valid Data section parameter is SupportedCommand.", p));
            }
            Token comma = null;
            while (true) {
                skipNewlines();
                Token a = peek(Mode.COMMAND);
                if (a.is(TokenKind.EOF) || a.is(TokenKind.SEMICOLON) || a.isOperator("&") || a.isOperator("|")
                        || a.isOperator(")") || a.isOperator("}") || a.isOperator("{")) {
                    if (!failed) {
                        report(errorAt("MissingValueForSupportedCommandInDataSectionStatement", "The SupportedCommand "
                                + "parameter of the Data section is missing a value. Supply a cmdlet or function name to "
                                + "the parameter.", (comma != null ? comma : p).end()));
                    }
                    failed = true;
                    break;
                }
                supported.add(parseCommandArgument());
                lastEnd = offset;
                if (!peek(Mode.COMMAND).isOperator(",")) {
                    break;
                }
                comma = next(Mode.COMMAND);
            }
        }
        if (failed) {
            return errorStatement(kw);
        }
        skipNewlines();
        if (!peek(Mode.EXPRESSION).isOperator("{")) {
            throw errorAt("MissingStatementBlockForDataSection", "The Data section is missing its statement block.", lastEnd);
        }
        Block body;
        dataSections.enter(supported);
        try {
            body = parseBlock();
        } finally {
            dataSections.exit();
        }
        Expression output = new Expression.SubExpression(body, pos(kw));
        Statement.Pipeline pipeline = new Statement.Pipeline(
                List.of(new PipelineElement.ExpressionElement(output, List.of(), pos(kw))), pos(kw));
        if (name == null) {
            return pipeline;
        }
        return new Statement.Assignment(new Expression.Variable("", name, pos(n)), "=", pipeline, pos(kw));
    }

    private Statement parseTrap() {
        Token kw = next(Mode.COMMAND);
        skipNewlines();
        TypeName type = null;
        if (peek(Mode.EXPRESSION).isOperator("[")) {
            type = parseTypeLiteral();
        }
        return new Statement.Trap(type, parseBlock("MissingTrapStatement", "The 'trap' statement was incomplete. A trap statement requires a body."), pos(kw));
    }

    private TypeName parseTypeLiteral() {
        Token open = expect("[", Mode.EXPRESSION, "MissingTypeLiteralToken", "Missing type literal.");
        TypeName tooManyDimensions = ArrayRankLimit.check(this, open);
        if (tooManyDimensions != null) {
            return tooManyDimensions;
        }
        lexer.reset(offset);
        int typeStart = offset;
        String text = lexer.scanTypeNameText();
        if (text == null) {
            throw error("MissingTypename", "Missing type name after '['.", open);
        }
        offset = lexer.offset();
        cached = null;
        tookTypeName(typeStart, offset, false);
        expect("]", Mode.EXPRESSION, "EndSquareBracketExpectedAtEndOfAttribute", "Missing ] at end of attribute or type literal.");
        return TypeNames.parse(text, pos(open));
    }

    private Statement parseFunction(boolean filter) {
        Token kw = next(Mode.COMMAND);
        skipNewlines();
        Token name = next(Mode.COMMAND);
        if (!(name.is(TokenKind.GENERIC) || name.is(TokenKind.LITERAL_STRING))) {
            throw error("MissingNameAfterKeyword", "Missing name after " + kw.text().toLowerCase(Locale.ROOT) + " keyword.", name);
        }
        skipNewlines();
        List<Parameter> params = new ArrayList<>();
        if (peek(Mode.EXPRESSION).isOperator("(")) {
            params = parseParameterList();
            skipNewlines();
        }
        Token open = expect("{", Mode.EXPRESSION, "MissingFunctionBody", "Missing function body in function declaration.");
        ScriptBlockBody body = parseBody(true, open.end());
        Token close = peek(Mode.COMMAND);
        if (!close.isOperator("}")) {
            throw missingEndCurly(open, close);
        }
        next(Mode.COMMAND);
        body = body.withHelpSite(helpSite(HelpSite.Kind.FUNCTION, kw.start(), open.start(), close.start()));
        return new Statement.FunctionDefinition(name.stringValue(), filter, params, body, pos(kw));
    }

    // ---------------------------------------------------------------- pipelines

    private static final String EMPTY_PIPE_ELEMENT = "An empty pipe element is not allowed.";

    /** Parser.cs PipelineRule: an empty element is EmptyPipeElement, reported and skipped. */
    private Statement parsePipelineOrAssignment() {
        int start = peek(Mode.COMMAND).start();
        Statement first = parseUnchainedPipelineOrAssignment();
        Statement statement = Ps7Syntax.atChainOperator(this) ? Ps7Syntax.chain(this, first, this::parseUnchainedPipelineOrAssignment) : first;
        return Ps7Syntax.background(this, statement, start);
    }

    private Statement parseUnchainedPipelineOrAssignment() {
        Token first = peek(Mode.COMMAND);
        List<PipelineElement> elements = new ArrayList<>();
        if (first.isOperator("|")) {
            report(error("EmptyPipeElement", EMPTY_PIPE_ELEMENT, first));
        } else {
            PipelineElement element = parsePipelineElement(true);
            int lhsEnd = offset;
            if (element instanceof PipelineElement.ExpressionElement ee && ee.redirections().isEmpty()) {
                Token t = peek(Mode.EXPRESSION);
                if (t.is(TokenKind.OPERATOR) && ASSIGNMENT.contains(t.text())) {
                    next(Mode.EXPRESSION);
                    refCasts.assignedTo(ee.expression());
                    if (!AssignmentTargets.isAssignable(ee.expression(), t.text().equals("="))) {
                        reportSemantic("InvalidLeftHandSide", AssignmentTargets.INVALID_LEFT_HAND_SIDE, first.start(), lhsEnd);
                    }
                    skipNewlines();
                    Token v = peek(Mode.COMMAND);
                    if (v.is(TokenKind.EOF) || v.is(TokenKind.SEMICOLON) || v.isOperator(")") || v.isOperator("}")) {
                        throw errorAt("ExpectedValueExpression", "You must provide a value expression following the '"
                                + t.text() + "' operator.", t.end());
                    }
                    Statement value = parseStatement();
                    AutomaticVariableConstraints.check(this, ee.expression(), first.start(), offset);
                    return new Statement.Assignment(ee.expression(), t.text(), value, pos(first));
                }
            }
            elements.add(element);
        }
        while (true) {
            if (Ps7Syntax.pipeOnNextLine(this)) {
                skipNewlines();
            }
            if (!peek(Mode.EXPRESSION).isOperator("|")) {
                break;
            }
            Token pipe = next(Mode.EXPRESSION);
            skipNewlines();
            Token t = peek(Mode.COMMAND);
            if (t.is(TokenKind.EOF) || t.isOperator("|")) {
                report(errorAt("EmptyPipeElement", EMPTY_PIPE_ELEMENT, pipe.end()));
                continue;
            }
            elements.add(parsePipelineElement(false));
        }
        if (elements.isEmpty()) {
            return errorStatement(first);
        }
        return new Statement.Pipeline(elements, pos(first));
    }

    private boolean startsExpression(Token t) {
        switch (t.kind()) {
            case VARIABLE, NUMBER, LITERAL_STRING, EXPANDABLE_STRING, SPLAT:
                return true;
            case OPERATOR:
                return Set.of("(", "@(", "@{", "$(", "{", "!", ",", "++", "--", "[", "-", "+").contains(t.text());
            case PARAMETER:
                return Set.of("not", "bnot", "split", "join").contains(t.stringValue().toLowerCase(Locale.ROOT))
                        && !t.text().endsWith(":");
            case GENERIC:
                if (t.text().equals("-") || t.text().equals("!")) {
                    return true;
                }
                if (t.text().length() > 1 && "!+-".indexOf(t.text().charAt(0)) >= 0
                        && ("$('\"[+-!".indexOf(t.text().charAt(1)) >= 0 || Character.isDigit(t.text().charAt(1)))) {
                    return true;
                }
                if (io.openecma.powershell.lexer.Lexer.isNumberWordWithQuestionMark(t.text())) {
                    return false;
                }
                return t.text().startsWith("[") || Character.isDigit(t.text().charAt(0))
                        || (t.text().length() > 1 && t.text().charAt(0) == '-'
                        && (Character.isDigit(t.text().charAt(1)) || t.text().charAt(1) == '.'));
            default:
                return false;
        }
    }

    private PipelineElement parsePipelineElement(boolean first) {
        Token t = peek(Mode.COMMAND);
        if (first && startsExpression(t)) {
            rewind(t.start());
            Expression e = parseExpression();
            return new PipelineElement.ExpressionElement(e, parseRedirections(), pos(t));
        }
        String invocation = "";
        Expression name;
        if (t.isOperator("&") || t.isOperator(".")) {
            next(Mode.COMMAND);
            invocation = t.text();
            if (endsCommandArgument(peek(Mode.COMMAND))) {
                // Parser.cs CommandRule: '&' or '.' with no command after it is MissingExpression on that token.
                throw error("MissingExpression", "Missing expression after '" + t.text() + "' in pipeline element.", t);
            }
            name = parseCommandArgument();
        } else if (t.is(TokenKind.GENERIC) || t.is(TokenKind.PARAMETER)) {
            next(Mode.COMMAND);
            name = new Expression.StringConstant(t.stringValue(), true, pos(t));
            if (t.is(TokenKind.PARAMETER)) {
                name = new Expression.StringConstant(t.text(), true, pos(t));
            }
        } else if (t.is(TokenKind.REDIRECTION)) {
            // Parser.cs CommandRule: a redirection operator where the command name goes is that name
            // ("for backwards compatibility"), so '1>>variable:a' is the command '1>>' with an argument.
            next(Mode.COMMAND);
            name = new Expression.StringConstant(t.text(), true, pos(t));
        } else if (!first && startsExpression(t)) {
            throw error("ExpressionsMustBeFirstInPipeline", "Expressions are only allowed as the first element of a pipeline.", t);
        } else {
            throw error("UnexpectedToken", "Unexpected token '" + t.text() + "' in expression or statement.", t);
        }
        Token afterName = peek(Mode.COMMAND);
        boolean methodSyntax = afterName.isOperator("(") && !afterName.spaceBefore();
        List<CommandElement> elements = new ArrayList<>();
        boolean literalArguments = false;
        while (true) {
            Token a = peek(Mode.COMMAND);
            if (!literalArguments && a.is(TokenKind.GENERIC) && a.text().equals("--")) {
                next(Mode.COMMAND);
                literalArguments = true;
                continue;
            }
            if (literalArguments && a.is(TokenKind.PARAMETER)) {
                next(Mode.COMMAND);
                elements.add(new CommandElement.Argument(new Expression.StringConstant(a.text(), true, pos(a))));
                continue;
            }
            if (a.is(TokenKind.NEWLINE) || a.is(TokenKind.SEMICOLON) || a.is(TokenKind.EOF)
                    || a.is(TokenKind.REDIRECTION) || a.isOperator(")") || a.isOperator("}") || a.isOperator("|")
                    || a.isOperator("&&") || a.isOperator("||") || a.isOperator("&")) {
                // A bare '&' after arguments is PowerShell 7's background operator (Ps7Syntax.background).
                break;
            }
            if (a.isOperator(",")) {
                next(Mode.COMMAND);
                report(error("MissingArgument", "Missing argument in parameter list.", a));
                skipNewlines();
                continue;
            }
            if (a.is(TokenKind.PARAMETER)) {
                next(Mode.COMMAND);
                Expression arg = null;
                if (a.text().endsWith(":") && !peek(Mode.COMMAND).isOperator(",")) {
                    if (endsCommandArgument(peek(Mode.COMMAND))) {
                        report(errorAt("ParameterRequiresArgument", "Parameter " + a.text() + " requires an argument.",
                                a.end()));
                    } else {
                        arg = parseCommandArgumentList();
                    }
                }
                elements.add(new CommandElement.ParameterName(a.stringValue(), arg, pos(a)));
            } else if (a.is(TokenKind.SPLAT)) {
                next(Mode.COMMAND);
                elements.add(new CommandElement.Splat(a.stringValue(), pos(a)));
            } else {
                Expression argument = parseCommandArgumentList();
                boolean oneNumber = a.is(TokenKind.NUMBER) && offset == a.end() && argument instanceof Expression.Constant;
                elements.add(new CommandElement.Argument(argument, oneNumber ? a.text() : null));
            }
        }
        PipelineElement.Command command = new PipelineElement.Command(name, invocation, elements, parseRedirections(), pos(t),
                methodSyntax);
        dataSections.command(invocation, name, lexer.text().substring(t.start(), offset), t.start(), offset);
        return command;
    }

    private List<PipelineElement.Redirection> parseRedirections() {
        List<PipelineElement.Redirection> list = new ArrayList<>();
        while (peek(Mode.COMMAND).is(TokenKind.REDIRECTION)) {
            Token r = next(Mode.COMMAND);
            String text = r.stringValue();
            int from = text.startsWith("*") ? 0 : Character.isDigit(text.charAt(0)) ? text.charAt(0) - '0' : 1;
            if (text.contains("&")) {
                list.add(new PipelineElement.Redirection(from, false, text.charAt(text.length() - 1) - '0', null));
            } else {
                Expression target = parseCommandArgument();
                list.add(new PipelineElement.Redirection(from, text.endsWith(">>"), -1, target));
            }
        }
        return list;
    }

    /** Tokens where a command's argument list stops (Parser.cs GetCommandArgument returns null there). */
    private static boolean endsCommandArgument(Token t) {
        return t.is(TokenKind.EOF) || t.is(TokenKind.NEWLINE) || t.is(TokenKind.SEMICOLON) || t.is(TokenKind.REDIRECTION)
                || t.isOperator(")") || t.isOperator("}") || t.isOperator("|") || t.isOperator("&")
                || t.isOperator("&&") || t.isOperator("||") || t.isOperator(",");
    }

    /** {@code a, b, c}: an argument missing after a comma is MissingExpression right after it. */
    private Expression parseCommandArgumentList() {
        Expression first = parseCommandArgument();
        if (!peek(Mode.COMMAND).isOperator(",")) {
            return first;
        }
        List<Expression> items = new ArrayList<>();
        items.add(first);
        while (peek(Mode.COMMAND).isOperator(",")) {
            Token comma = next(Mode.COMMAND);
            skipNewlines();
            if (endsCommandArgument(peek(Mode.COMMAND))) {
                report(errorAt("MissingExpression", "Missing expression after ',' in pipeline element.", comma.end()));
                break;
            }
            items.add(parseCommandArgument());
        }
        return new Expression.ArrayLiteral(items, first.position());
    }

    /** One command argument: a bare word, a number, or a primary expression with adjacent postfixes. */
    private Expression parseCommandArgument() {
        Token t = peek(Mode.COMMAND);
        if (t.is(TokenKind.GENERIC)) {
            next(Mode.COMMAND);
            if (ExpandableStrings.hasVariable(t.text())) {
                // A bare word with a variable in it (+$name, a$b) is an expandable string, as in PowerShell.
                return ExpandableStrings.parse(new Token(TokenKind.EXPANDABLE_STRING, t.text(), t.text(), t.position(),
                        t.start() - 1, t.end(), t.spaceBefore()), lexer);
            }
            return new Expression.StringConstant(t.stringValue(), true, pos(t));
        }
        if (t.is(TokenKind.NUMBER)) {
            next(Mode.COMMAND);
            return new Expression.Constant(t.value(), pos(t));
        }
        if (t.is(TokenKind.VARIABLE) && !t.text().startsWith("${") && lexer.continuesAsBareWord(t.end())) {
            // $dir/$name, $n+1: a variable that runs on into a word is one expandable bare word.
            Token word = lexer.genericAt(t.start(), t.spaceBefore());
            offset = word.end();
            cached = null;
            return ExpandableStrings.parse(new Token(TokenKind.EXPANDABLE_STRING, word.text(), word.text(), word.position(),
                    word.start() - 1, word.end(), word.spaceBefore()), lexer);
        }
        if (t.is(TokenKind.PARAMETER)) {
            next(Mode.COMMAND);
            return new Expression.StringConstant(t.text(), true, pos(t));
        }
        if (t.is(TokenKind.EOF) || t.is(TokenKind.NEWLINE)) {
            throw error("MissingArgument", "Missing argument in parameter list.", t);
        }
        if (t.isOperator(".") && isBareDotArgument(t)) {
            next(Mode.COMMAND);
            return new Expression.StringConstant(".", true, pos(t));
        }
        rewind(t.start());
        boolean saved = noComma;
        noComma = true;
        Expression e = parsePostfix(parsePrimary());
        noComma = saved;
        return joinAdjacentWords(e);
    }

    /** In command mode {@code $dir\file.txt} is one argument: the value followed by the adjacent text. */
    private Expression joinAdjacentWords(Expression e) {
        Token t = peek(Mode.COMMAND);
        if (t.spaceBefore() || !(t.is(TokenKind.GENERIC) || t.is(TokenKind.PARAMETER))) {
            return e;
        }
        List<Object> parts = new ArrayList<>();
        parts.add(e);
        while (!t.spaceBefore() && (t.is(TokenKind.GENERIC) || t.is(TokenKind.PARAMETER))) {
            next(Mode.COMMAND);
            parts.add(t.is(TokenKind.GENERIC) ? t.stringValue() : t.text());
            t = peek(Mode.COMMAND);
        }
        return new Expression.ExpandableString(parts, e.position());
    }

    /** A lone "." among a command's arguments is the word "." (the current folder), not dot-sourcing. */
    private boolean isBareDotArgument(Token dot) {
        Token after;
        next(Mode.COMMAND);
        try {
            after = peek(Mode.COMMAND);
        } finally {
            rewind(dot.start());
        }
        return after.spaceBefore() || after.is(TokenKind.EOF) || after.is(TokenKind.NEWLINE)
                || after.is(TokenKind.SEMICOLON) || after.isOperator(")") || after.isOperator("}")
                || after.isOperator("|");
    }

    // ---------------------------------------------------------------- expressions

    public Expression parseExpression() {
        return Ps7Syntax.ternary(this, parseLogical());
    }

    private Expression parseLogical() {
        Expression left = parseBitwise();
        while (true) {
            Token t = peek(Mode.EXPRESSION);
            if (t.isOperator("-and") || t.isOperator("-or") || t.isOperator("-xor")) {
                next(Mode.EXPRESSION);
                skipNewlines();
                left = new Expression.Binary(t.text(), left, rightOperand(t, this::parseBitwise), pos(t));
            } else {
                return left;
            }
        }
    }

    private Expression parseBitwise() {
        Expression left = parseComparison();
        while (true) {
            Token t = peek(Mode.EXPRESSION);
            if (t.isOperator("-band") || t.isOperator("-bor") || t.isOperator("-bxor")) {
                next(Mode.EXPRESSION);
                skipNewlines();
                left = new Expression.Binary(t.text(), left, rightOperand(t, this::parseComparison), pos(t));
            } else {
                return left;
            }
        }
    }

    private Expression parseComparison() {
        Expression left = parseCoalesce();
        while (true) {
            Token t = peek(Mode.EXPRESSION);
            if (t.is(TokenKind.OPERATOR) && isComparison(t.text())) {
                next(Mode.EXPRESSION);
                skipNewlines();
                left = new Expression.Binary(t.text(), left, rightOperand(t, this::parseCoalesce), pos(t));
            } else {
                return left;
            }
        }
    }

    /** PowerShell 7's {@code a ?? b} (additive, issue #11): binds tighter than comparisons, looser than '+'. */
    Expression parseCoalesce() {
        Expression left = parseAdditive();
        Token t = peek(Mode.EXPRESSION);
        if (!t.isOperator("??")) {
            return left;
        }
        next(Mode.EXPRESSION);
        skipNewlines();
        return new Expression.Binary("??", left, rightOperand(t, this::parseCoalesce), pos(t));
    }

    /**
     * Parser.cs BinaryExpressionRule: a missing right operand is reported as ExpectedValueExpression
     * right after the operator and parsing goes on (the token that is not an operand is left for the
     * statement, which then reports it as UnexpectedToken).
     */
    private Expression rightOperand(Token operator, java.util.function.Supplier<Expression> rule) {
        if (startsOperand(peek(Mode.EXPRESSION))) {
            return rule.get();
        }
        report(errorAt("ExpectedValueExpression", "You must provide a value expression following the '" + operator.text()
                + "' operator.", operator.end()));
        return errorExpression(operator);
    }

    /** What stands for an operand whose error was reported (Parser.cs ErrorExpressionAst): the script never runs. */
    Expression errorExpression(Token at) {
        return new Expression.Constant(null, pos(at));
    }

    /** Whether a token can start an operand (Parser.cs UnaryExpressionRule does not return null for it). */
    boolean startsOperand(Token t) {
        return startsUnaryOperand(t) || t.isOperator(",") || t.is(TokenKind.SPLAT) || t.is(TokenKind.GENERIC);
    }

    private static boolean isComparison(String op) {
        if (COMPARISON.contains(op)) {
            return true;
        }
        return op.length() > 2 && (op.charAt(1) == 'c' || op.charAt(1) == 'i') && COMPARISON.contains("-" + op.substring(2));
    }

    private Expression parseAdditive() {
        Expression left = parseMultiplicative();
        while (true) {
            Token t = peek(Mode.EXPRESSION);
            if (t.isOperator("+") || t.isOperator("-")) {
                next(Mode.EXPRESSION);
                skipNewlines();
                left = new Expression.Binary(t.text(), left, rightOperand(t, this::parseMultiplicative), pos(t));
            } else {
                return left;
            }
        }
    }

    private Expression parseMultiplicative() {
        Expression left = parseFormat();
        while (true) {
            Token t = peek(Mode.EXPRESSION);
            if (t.isOperator("*") || t.isOperator("/") || t.isOperator("%")) {
                next(Mode.EXPRESSION);
                skipNewlines();
                left = new Expression.Binary(t.text(), left, rightOperand(t, this::parseFormat), pos(t));
            } else {
                return left;
            }
        }
    }

    private Expression parseFormat() {
        Expression left = parseRange();
        while (peek(Mode.EXPRESSION).isOperator("-f")) {
            Token t = next(Mode.EXPRESSION);
            skipNewlines();
            left = new Expression.Binary("-f", left, rightOperand(t, this::parseRange), pos(t));
        }
        return left;
    }

    private Expression parseRange() {
        Expression left = parseArrayLiteral();
        while (peek(Mode.EXPRESSION).isOperator("..")) {
            Token t = next(Mode.EXPRESSION);
            skipNewlines();
            left = new Expression.Binary("..", left, rightOperand(t, this::parseArrayLiteral), pos(t));
        }
        return left;
    }

    private Expression parseArrayLiteral() {
        Expression first = parseUnary();
        if (noComma || !peek(Mode.EXPRESSION).isOperator(",")) {
            return first;
        }
        List<Expression> items = new ArrayList<>();
        items.add(first);
        while (peek(Mode.EXPRESSION).isOperator(",")) {
            next(Mode.EXPRESSION);
            skipNewlines();
            items.add(parseUnary());
        }
        return new Expression.ArrayLiteral(items, first.position());
    }

    Expression parseUnary() {
        Token t = peek(Mode.EXPRESSION);
        if (t.is(TokenKind.OPERATOR)) {
            switch (t.text()) {
                case ",": {
                    next(Mode.EXPRESSION);
                    skipNewlines();
                    return new Expression.Unary(",", parseUnary(), false, pos(t));
                }
                case "!": case "-not": case "-bnot": case "-split": case "-join": case "-": case "+": case "++": case "--": {
                    next(Mode.EXPRESSION);
                    skipNewlines();
                    if (!startsOperand(peek(Mode.EXPRESSION))) {
                        // Parser.cs UnaryExpressionRule: reported right after the operator, parsing goes on.
                        report(errorAt("MissingExpressionAfterOperator", "Missing expression after unary operator '"
                                + t.text() + "'.", t.end()));
                        return errorExpression(t);
                    }
                    String op = t.text().equals("!") ? "-not" : t.text();
                    return new Expression.Unary(op, parseUnary(), false, pos(t));
                }
                case "[":
                    return parseCastOrType();
                default:
                    break;
            }
        }
        return parsePostfix(parsePrimary());
    }

    private Expression parseCastOrType() {
        Token open = peek(Mode.EXPRESSION);
        if (ExpressionAttributes.atAttribute(this)) {
            return ExpressionAttributes.parse(this);
        }
        TypeName type = parseTypeLiteral();
        int typeEnd = offset;
        Token t = peek(Mode.EXPRESSION);
        // A type literal followed by a newline is not a cast, even inside parentheses
        // (Parser.cs UnaryExpressionRule: no child expression after NewLine or Comma).
        if (!t.spaceBefore() && (t.isOperator("::") || t.isOperator("."))) {
            return parsePostfix(new Expression.TypeLiteral(type, pos(open)));
        }
        if (type.name().equalsIgnoreCase("ordered") && t.isOperator("@{")) {
            Expression.Hashtable h = (Expression.Hashtable) parsePrimary();
            return new Expression.Hashtable(h.entries(), true, h.position());
        }
        if (startsUnaryOperand(t)) {
            return refCasts.converted(new Expression.Convert(type, parseUnary(), pos(open)), open.start(), typeEnd);
        }
        return new Expression.TypeLiteral(type, pos(open));
    }

    boolean startsUnaryOperand(Token t) {
        switch (t.kind()) {
            case VARIABLE, NUMBER, LITERAL_STRING, EXPANDABLE_STRING:
                return true;
            case OPERATOR:
                return Set.of("(", "@(", "@{", "$(", "[", "-", "+", "!", "{", "++", "--", "-not", "-bnot", "-split",
                        "-join").contains(t.text());
            default:
                return false;
        }
    }

    private Expression parsePostfix(Expression target) {
        while (true) {
            Token t = peek(Mode.EXPRESSION);
            if (t.spaceBefore()) {
                return target;
            }
            if (isNumericMemberAccess(t)) {
                // $o.23: the tokenizer read ".23" as a number; it is '.' and the member name "23".
                rewind(t.start() + 1);
                target = parseMemberAccess(target, t, false);
            } else if (t.isOperator(".") || t.isOperator("::")) {
                next(Mode.EXPRESSION);
                target = parseMemberAccess(target, t, t.text().equals("::"));
            } else if (t.isOperator("?.")) {
                next(Mode.EXPRESSION);
                target = new Expression.NullConditional(parseMemberAccess(target, t, false), pos(t));
            } else if (t.isOperator("?[")) {
                next(Mode.EXPRESSION);
                target = new Expression.NullConditional(parseIndex(target, t), pos(t));
            } else if (t.isOperator("[")) {
                next(Mode.EXPRESSION);
                target = parseIndex(target, t);
            } else if (t.isOperator("++") || t.isOperator("--")) {
                next(Mode.EXPRESSION);
                target = new Expression.Unary(t.text(), target, true, pos(t));
            } else {
                return target;
            }
        }
    }

    private Expression parseIndex(Expression target, Token open) {
        boolean saved = noComma;
        noComma = false;
        skipNewlines();
        if (!startsOperand(peek(Mode.EXPRESSION))) {
            // Parser.cs ElementAccessRule: a missing index is reported right after the '['; a ']' is taken,
            // and no other is asked for.
            report(errorAt("MissingArrayIndexExpression", "Array index expression is missing or not valid.", open.end()));
            if (peek(Mode.EXPRESSION).isOperator("]")) {
                next(Mode.EXPRESSION);
            }
            noComma = saved;
            return new Expression.Index(target, errorExpression(open), pos(open));
        }
        Expression index = parseExpression();
        skipNewlines();
        noComma = saved;
        expect("]", Mode.EXPRESSION, "MissingEndSquareBracket", "Missing ']' after array index expression.");
        return new Expression.Index(target, index, pos(open));
    }

    /**
     * The member name after '.' or '::' and, right after it, a call's '(' arguments ')' or a lone
     * script block: {@code $x.Where{ $_ }} is {@code $x.Where({ $_ })} (Parser.cs MemberInvokeRule).
     */
    private Expression parseMemberAccess(Expression target, Token operator, boolean isStatic) {
        // Parser.cs: newlines may follow the member operator, for fluent style ($x.\n  Method()).
        int afterOperator = offset;
        skipNewlines();
        if (offset != afterOperator && !startsMemberName(peek(Mode.EXPRESSION))) {
            rewind(afterOperator);
        }
        Expression member = parseMemberName();
        Token paren = peek(Mode.EXPRESSION);
        if (paren.spaceBefore()) {
            return new Expression.Member(target, member, isStatic, pos(operator));
        }
        if (paren.isOperator("(")) {
            next(Mode.EXPRESSION);
            return new Expression.InvokeMember(target, member, parseArguments(), isStatic, pos(operator));
        }
        if (paren.isOperator("[")) {
            Expression generic = Ps7Syntax.genericMethodCall(this, target, member, isStatic, operator);
            if (generic != null) {
                return generic;
            }
        }
        if (paren.isOperator("{")) {
            Token open = next(Mode.EXPRESSION);
            boolean saved = noComma;
            Expression block = parseBracketed(open);
            noComma = saved;
            return new Expression.InvokeMember(target, member, List.of(block), isStatic, pos(operator));
        }
        return new Expression.Member(target, member, isStatic, pos(operator));
    }

    private static boolean isNumericMemberAccess(Token t) {
        return t.is(TokenKind.NUMBER) && t.text().startsWith(".") && !t.spaceBefore();
    }

    private static boolean startsMemberName(Token t) {
        return t.is(TokenKind.IDENTIFIER) || t.is(TokenKind.NUMBER) || t.is(TokenKind.VARIABLE)
                || t.is(TokenKind.LITERAL_STRING) || t.is(TokenKind.EXPANDABLE_STRING)
                || t.isOperator("(") || t.isOperator("$(") || t.isOperator("{");
    }

    private Expression parseMemberName() {
        Token t = peek(Mode.EXPRESSION);
        if (t.is(TokenKind.IDENTIFIER)) {
            next(Mode.EXPRESSION);
            return new Expression.StringConstant(t.text(), true, pos(t));
        }
        if (t.is(TokenKind.NUMBER)) {
            next(Mode.EXPRESSION);
            return new Expression.StringConstant(t.text(), true, pos(t));
        }
        if (t.is(TokenKind.VARIABLE) || t.is(TokenKind.LITERAL_STRING) || t.is(TokenKind.EXPANDABLE_STRING)
                || t.isOperator("(") || t.isOperator("$(") || t.isOperator("{")) {
            return parsePrimary();
        }
        throw error("MissingPropertyName", "Missing property name after reference operator.", t);
    }

    List<Expression> parseArguments() {
        List<Expression> args = new ArrayList<>();
        boolean saved = noComma;
        noComma = true;
        skipNewlines();
        while (!peek(Mode.EXPRESSION).isOperator(")")) {
            args.add(parseExpression());
            int argumentEnd = offset;
            skipNewlines();
            Token t = peek(Mode.EXPRESSION);
            if (t.isOperator(",")) {
                next(Mode.EXPRESSION);
                skipNewlines();
            } else if (!t.isOperator(")")) {
                // Parser.cs InvokeParamParenListRule: reported right after the last argument.
                throw errorAt("MissingEndParenthesisInMethodCall", "Missing ')' in method call.", argumentEnd);
            }
        }
        next(Mode.EXPRESSION);
        noComma = saved;
        return args;
    }

    Expression parsePrimary() {
        Token t = next(Mode.EXPRESSION);
        switch (t.kind()) {
            case NUMBER:
                return new Expression.Constant(t.value(), pos(t));
            case LITERAL_STRING:
                return new Expression.StringConstant(t.stringValue(), false, pos(t));
            case EXPANDABLE_STRING:
                return ExpandableStrings.parse(t, lexer);
            case VARIABLE:
                return variable(t.stringValue(), pos(t));
            case SPLAT:
                splattingNotPermitted(t);
                return variable(t.stringValue(), pos(t));
            case IDENTIFIER:
                throw error("UnexpectedToken", "Unexpected token '" + t.text() + "' in expression or statement.", t);
            case OPERATOR:
                return parseBracketed(t);
            case EOF:
                throw error("ExpectedValueExpression", "You must provide a value expression following this operator.", t);
            default:
                throw error("UnexpectedToken", "Unexpected token '" + t.text() + "' in expression or statement.", t);
        }
    }

    static Expression.Variable variable(String path, Position p) {
        int colon = path.indexOf(':');
        if (colon > 0) {
            return new Expression.Variable(path.substring(0, colon).toLowerCase(Locale.ROOT), path.substring(colon + 1), p);
        }
        return new Expression.Variable("", path, p);
    }

    private Expression parseBracketed(Token t) {
        boolean saved = noComma;
        noComma = false;
        try {
            switch (t.text()) {
                case "(":
                    return parseParenthesized(t);
                case "@(": {
                    List<Statement> body = parseStatements();
                    expect(")", Mode.EXPRESSION, "MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.");
                    return new Expression.ArrayExpression(new Block(body, pos(t)), pos(t));
                }
                case "$(": {
                    List<Statement> body = parseStatements();
                    expect(")", Mode.EXPRESSION, "MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.");
                    return new Expression.SubExpression(new Block(body, pos(t)), pos(t));
                }
                case "@{":
                    return parseHashtable(t);
                case "{": {
                    ScriptBlockBody body = parseBody(true, t.end());
                    Token close = peek(Mode.COMMAND);
                    if (!close.isOperator("}")) {
                        throw missingEndCurly(t, close);
                    }
                    next(Mode.COMMAND);
                    body = body.withHelpSite(helpSite(HelpSite.Kind.SCRIPT_BLOCK, -1, t.start(), close.start()));
                    return new Expression.ScriptBlock(body, pos(t));
                }
                default:
                    throw error("UnexpectedToken", "Unexpected token '" + t.text() + "' in expression or statement.", t);
            }
        } finally {
            noComma = saved;
        }
    }

    /** {@code ( pipeline )}: newlines may surround the pipeline, nothing else (Parser.cs ParenthesizedExpressionRule). */
    private Expression parseParenthesized(Token open) {
        skipNewlines();
        if (peek(Mode.COMMAND).isOperator(")")) {
            // Parser.cs ParenthesizedExpressionRule: no pipeline inside is ExpectedExpression right after the '('.
            report(errorAt("ExpectedExpression", "An expression was expected after '('.", open.end()));
            next(Mode.COMMAND);
            return errorExpression(open);
        }
        Statement inner = parsePipelineOrAssignment();
        int innerEnd = offset;
        skipNewlines();
        if (!peek(Mode.EXPRESSION).isOperator(")")) {
            // 5.1 reports it right after the pipeline, as incomplete input.
            throw new ParseException("MissingEndParenthesisInExpression", "Missing closing ')' in expression.",
                    lexer.positionAt(innerEnd), innerEnd, true);
        }
        next(Mode.EXPRESSION);
        return new Expression.Paren(inner, pos(open));
    }

    private Expression parseHashtable(Token open) {
        List<Expression.HashEntry> entries = new ArrayList<>();
        while (true) {
            skipTerminators();
            Token t = peek(Mode.EXPRESSION);
            if (t.isOperator("}")) {
                next(Mode.EXPRESSION);
                break;
            }
            if (t.is(TokenKind.EOF)) {
                // Parser.cs HashExpressionRule reports it right after '@{'.
                throw errorAt("MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", open.end());
            }
            Expression key;
            if (t.is(TokenKind.IDENTIFIER)) {
                // Bare keys are read like command arguments: letters, digits, '-', '_', '.'.
                Token g = peek(Mode.COMMAND);
                next(Mode.COMMAND);
                String word = g.stringValue();
                int eq = word.indexOf('=');
                if (eq > 0) {
                    rewind(g.start() + eq);
                    word = word.substring(0, eq);
                }
                key = new Expression.StringConstant(word, true, pos(g));
            } else {
                boolean saved = noComma;
                noComma = true;
                key = parseUnary();
                noComma = saved;
            }
            skipNewlines();
            expect("=", Mode.EXPRESSION, "MissingEqualsInHashLiteral", "Missing '=' operator after key in hash literal.");
            skipNewlines();
            Statement value = parseStatement();
            entries.add(new Expression.HashEntry(key, value));
            Token sep = peek(Mode.EXPRESSION);
            if (!(sep.is(TokenKind.NEWLINE) || sep.is(TokenKind.SEMICOLON) || sep.isOperator("}"))) {
                throw missingEndCurly(open, sep);
            }
        }
        return new Expression.Hashtable(entries, false, pos(open));
    }

    /** Parses the statements of a $( ... ) found inside an expandable string. */
    static Block parseFragment(String file, String text, Position at) {
        Parser p = new Parser(new Lexer(file, text, at.line(), at.column()));
        List<Statement> statements = p.parseStatements();
        p.finishScript();
        RequiresComments.check(p);
        p.errors.addAll(p.semanticErrors);
        if (!p.errors.isEmpty()) {
            throw ParseException.of(p.errors);
        }
        return new Block(statements, at);
    }
}
