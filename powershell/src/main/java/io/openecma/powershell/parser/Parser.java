package io.openecma.powershell.parser;

import io.openecma.powershell.ast.AttributeNode;
import io.openecma.powershell.ast.Block;
import io.openecma.powershell.ast.CommandElement;
import io.openecma.powershell.ast.Expression;
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
    private static final Set<String> ASSIGNMENT = Set.of("=", "+=", "-=", "*=", "/=", "%=");

    private final Lexer lexer;
    private final String file;
    private int offset;
    private Token cached;
    private Mode cachedMode;
    private boolean noComma;
    /** How many catch blocks enclose what is being parsed (a bare throw in one rethrows). */
    private int catchDepth;
    /** Inside ( ... ) a cast may continue on the next line. */
    private int parenDepth;

    public Parser(String file, String text) {
        this(new Lexer(file, text));
    }

    private Parser(Lexer lexer) {
        this.lexer = lexer;
        this.file = lexer.file();
    }

    /** Parses a whole script file. */
    public static ScriptBlockBody parseScript(String file, String text) {
        Parser p = new Parser(file, text);
        ScriptBlockBody body = p.parseBody(false, 0);
        Token t = p.peek(Mode.COMMAND);
        if (!t.is(TokenKind.EOF)) {
            throw p.error("Unexpected token '" + t.text() + "' in expression or statement.", t);
        }
        return body;
    }

    // ---------------------------------------------------------------- token plumbing

    private Token peek(Mode mode) {
        if (cached != null && cachedMode == mode) {
            return cached;
        }
        lexer.reset(offset);
        cached = lexer.next(mode);
        cachedMode = mode;
        return cached;
    }

    private Token next(Mode mode) {
        Token t = peek(mode);
        offset = t.end();
        cached = null;
        return t;
    }

    private void rewind(int to) {
        offset = to;
        cached = null;
    }

    private ParseException error(String message, Token at) {
        return new ParseException(message, at.position());
    }

    private Position pos(Token t) {
        return t.position();
    }

    private void skipNewlines() {
        while (peek(Mode.EXPRESSION).is(TokenKind.NEWLINE)) {
            next(Mode.EXPRESSION);
        }
    }

    private void skipTerminators() {
        while (true) {
            Token t = peek(Mode.EXPRESSION);
            if (t.is(TokenKind.NEWLINE) || t.is(TokenKind.SEMICOLON)) {
                next(Mode.EXPRESSION);
            } else {
                return;
            }
        }
    }

    private Token expect(String op, Mode mode, String what) {
        Token t = peek(mode);
        if (!t.isOperator(op)) {
            throw error("Missing '" + op + "' " + what + ".", t);
        }
        return next(mode);
    }

    // ---------------------------------------------------------------- script bodies

    /** Parses [attributes] param(...) and begin/process/end or a plain statement list. */
    private ScriptBlockBody parseBody(boolean braced, int textStart) {
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
            parameters.addAll(parseParameterList());
            hasParam = true;
        } else {
            rewind(save);
        }
        skipTerminators();
        Block begin = null;
        Block process = null;
        Block end = null;
        Token nb = peek(Mode.COMMAND);
        if (isNamedBlock(nb)) {
            while (true) {
                skipTerminators();
                Token k = peek(Mode.COMMAND);
                if (!isNamedBlock(k)) {
                    break;
                }
                next(Mode.COMMAND);
                Block b = parseBlock();
                switch (k.text().toLowerCase(Locale.ROOT)) {
                    case "begin" -> begin = b;
                    case "process" -> process = b;
                    case "end" -> end = b;
                    default -> { /* dynamicparam: not supported, ignored */ }
                }
            }
        } else {
            end = new Block(parseStatements(), start);
        }
        int textEnd = braced ? peek(Mode.COMMAND).start() : lexer.text().length();
        String text = lexer.text().substring(Math.min(textStart, textEnd), textEnd);
        return new ScriptBlockBody(attributes, parameters, hasParam, begin, process, end, text, start);
    }

    private boolean isNamedBlock(Token t) {
        if (!(t.isWord("begin") || t.isWord("process") || t.isWord("end") || t.isWord("dynamicparam"))) {
            return false;
        }
        int save = offset;
        next(Mode.COMMAND);
        skipNewlines();
        boolean brace = peek(Mode.EXPRESSION).isOperator("{");
        rewind(save);
        return brace;
    }

    private boolean lookingAtParen() {
        int save = offset;
        next(Mode.COMMAND);
        skipNewlines();
        boolean paren = peek(Mode.EXPRESSION).isOperator("(");
        rewind(save);
        return paren;
    }

    private List<AttributeNode> parseAttributeList() {
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
    private AttributeNode tryParseAttribute() {
        Token open = next(Mode.EXPRESSION);
        lexer.reset(offset);
        String typeText = lexer.scanTypeNameText();
        if (typeText == null) {
            return null;
        }
        offset = lexer.offset();
        cached = null;
        TypeName type = TypeNames.parse(typeText, pos(open));
        Token t = peek(Mode.EXPRESSION);
        if (t.isOperator("(")) {
            next(Mode.EXPRESSION);
            List<Expression> positional = new ArrayList<>();
            Map<String, Expression> named = new LinkedHashMap<>();
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
                        named.put(a.text(), parseExpression());
                    } else if (peek(Mode.EXPRESSION).isOperator(",") || peek(Mode.EXPRESSION).isOperator(")")
                            || peek(Mode.EXPRESSION).is(TokenKind.NEWLINE)) {
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
                    throw error("Missing ')' in attribute argument list.", peek(Mode.EXPRESSION));
                }
            }
            noComma = saved;
            next(Mode.EXPRESSION);
            expect("]", Mode.EXPRESSION, "to close the attribute");
            return new AttributeNode(type, false, positional, named, pos(open));
        }
        if (!t.isOperator("]")) {
            return null;
        }
        next(Mode.EXPRESSION);
        return new AttributeNode(type, true, List.of(), Map.of(), pos(open));
    }

    private List<Parameter> parseParameterList() {
        skipNewlines();
        expect("(", Mode.EXPRESSION, "after param");
        List<Parameter> params = new ArrayList<>();
        skipNewlines();
        while (!peek(Mode.EXPRESSION).isOperator(")")) {
            List<AttributeNode> attrs = parseAttributeList();
            skipNewlines();
            Token v = next(Mode.EXPRESSION);
            if (!v.is(TokenKind.VARIABLE)) {
                throw error("Missing variable name in parameter declaration; found '" + v.text() + "'.", v);
            }
            Expression def = null;
            skipNewlines();
            if (peek(Mode.EXPRESSION).isOperator("=")) {
                next(Mode.EXPRESSION);
                skipNewlines();
                boolean saved = noComma;
                noComma = true;
                def = parseExpression();
                noComma = saved;
            }
            params.add(new Parameter(v.stringValue(), attrs, def, pos(v)));
            skipNewlines();
            if (peek(Mode.EXPRESSION).isOperator(",")) {
                next(Mode.EXPRESSION);
                skipNewlines();
            } else if (!peek(Mode.EXPRESSION).isOperator(")")) {
                throw error("Missing ')' in function parameter list.", peek(Mode.EXPRESSION));
            }
        }
        next(Mode.EXPRESSION);
        return params;
    }

    // ---------------------------------------------------------------- statements

    private List<Statement> parseStatements() {
        List<Statement> list = new ArrayList<>();
        while (true) {
            skipTerminators();
            Token t = peek(Mode.COMMAND);
            if (t.is(TokenKind.EOF) || t.isOperator("}") || t.isOperator(")")) {
                return list;
            }
            list.add(parseStatement());
            Token after = peek(Mode.EXPRESSION);
            if (!(after.is(TokenKind.NEWLINE) || after.is(TokenKind.SEMICOLON) || after.is(TokenKind.EOF)
                    || after.isOperator("}") || after.isOperator(")"))) {
                throw error("Unexpected token '" + after.text() + "' in expression or statement.", after);
            }
        }
    }

    private Block parseBlock() {
        skipNewlines();
        Token open = expect("{", Mode.EXPRESSION, "to open a statement block");
        List<Statement> body = parseStatements();
        Token close = peek(Mode.COMMAND);
        if (!close.isOperator("}")) {
            throw error("Missing closing '}' in statement block.", open);
        }
        next(Mode.COMMAND);
        return new Block(body, pos(open));
    }

    private Statement parseStatement() {
        Token t = peek(Mode.COMMAND);
        String label = null;
        if (t.is(TokenKind.GENERIC) && t.text().startsWith(":") && t.text().length() > 1) {
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
                case "return": next(Mode.COMMAND); return new Statement.Return(optionalPipeline(), pos(t));
                case "exit": next(Mode.COMMAND); return new Statement.Exit(optionalPipeline(), pos(t));
                case "break": next(Mode.COMMAND); return new Statement.Break(optionalLabel(), pos(t));
                case "continue": next(Mode.COMMAND); return new Statement.Continue(optionalLabel(), pos(t));
                case "function": return parseFunction(false);
                case "filter": return parseFunction(true);
                default: break;
            }
        }
        if (label != null) {
            throw error("A loop label must be followed by a loop statement.", t);
        }
        return parsePipelineOrAssignment();
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

    private Statement.Pipeline parseCondition() {
        skipNewlines();
        expect("(", Mode.EXPRESSION, "after the statement keyword");
        skipNewlines();
        Statement s = parsePipelineOrAssignment();
        skipNewlines();
        expect(")", Mode.EXPRESSION, "to close the condition");
        return asPipeline(s);
    }

    private Statement parseIf() {
        Token kw = next(Mode.COMMAND);
        List<Statement.IfClause> clauses = new ArrayList<>();
        clauses.add(new Statement.IfClause(parseCondition(), parseBlock()));
        Block elseBlock = null;
        while (true) {
            int save = offset;
            skipNewlines();
            Token t = peek(Mode.COMMAND);
            if (t.isWord("elseif")) {
                next(Mode.COMMAND);
                clauses.add(new Statement.IfClause(parseCondition(), parseBlock()));
            } else if (t.isWord("else")) {
                next(Mode.COMMAND);
                elseBlock = parseBlock();
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
        Statement.Pipeline cond = parseCondition();
        return new Statement.While(label, cond, parseBlock(), pos(kw));
    }

    private Statement parseDo(String label) {
        Token kw = next(Mode.COMMAND);
        Block body = parseBlock();
        skipNewlines();
        Token w = next(Mode.COMMAND);
        boolean until;
        if (w.isWord("while")) {
            until = false;
        } else if (w.isWord("until")) {
            until = true;
        } else {
            throw error("Missing while or until keyword in do loop.", w);
        }
        return new Statement.DoLoop(label, body, parseCondition(), until, pos(kw));
    }

    private Statement parseFor(String label) {
        Token kw = next(Mode.COMMAND);
        skipNewlines();
        expect("(", Mode.EXPRESSION, "after for");
        skipNewlines();
        Statement init = forPart(";");
        Statement cond = forPart(";");
        Statement iter = forPart(")");
        Token close = peek(Mode.EXPRESSION);
        if (!close.isOperator(")")) {
            throw error("Missing closing ')' after expression in 'for' statement.", close);
        }
        next(Mode.EXPRESSION);
        return new Statement.For(label, init, cond == null ? null : asPipeline(cond), iter, parseBlock(), pos(kw));
    }

    private Statement forPart(String terminator) {
        skipNewlines();
        Token t = peek(Mode.COMMAND);
        Statement s = null;
        if (!t.is(TokenKind.SEMICOLON) && !t.isOperator(")")) {
            s = parsePipelineOrAssignment();
        }
        skipNewlines();
        if (terminator.equals(";") && peek(Mode.EXPRESSION).is(TokenKind.SEMICOLON)) {
            next(Mode.EXPRESSION);
        }
        return s;
    }

    private Statement parseForeach(String label) {
        Token kw = next(Mode.COMMAND);
        skipNewlines();
        expect("(", Mode.EXPRESSION, "after foreach");
        skipNewlines();
        Token v = next(Mode.EXPRESSION);
        if (!v.is(TokenKind.VARIABLE)) {
            throw error("Missing variable name after foreach.", v);
        }
        skipNewlines();
        Token in = next(Mode.COMMAND);
        if (!in.isWord("in")) {
            throw error("Missing 'in' after variable in foreach loop.", in);
        }
        skipNewlines();
        Statement coll = parsePipelineOrAssignment();
        skipNewlines();
        expect(")", Mode.EXPRESSION, "in foreach loop");
        return new Statement.Foreach(label, v.stringValue(), asPipeline(coll), parseBlock(), pos(kw));
    }

    private Statement parseSwitch(String label) {
        Token kw = next(Mode.COMMAND);
        List<String> flags = new ArrayList<>();
        while (true) {
            skipNewlines();
            Token t = peek(Mode.COMMAND);
            if (t.is(TokenKind.PARAMETER)) {
                next(Mode.COMMAND);
                flags.add(t.stringValue().toLowerCase(Locale.ROOT));
            } else {
                break;
            }
        }
        Statement.Pipeline subject;
        if (flags.contains("file")) {
            throw error("switch -File is not supported.", kw);
        }
        subject = parseCondition();
        skipNewlines();
        Token open = expect("{", Mode.EXPRESSION, "in switch statement");
        List<Statement.SwitchClause> clauses = new ArrayList<>();
        Block defaultBlock = null;
        while (true) {
            skipTerminators();
            Token t = peek(Mode.COMMAND);
            if (t.isOperator("}")) {
                next(Mode.COMMAND);
                break;
            }
            if (t.is(TokenKind.EOF)) {
                throw error("Missing closing '}' in switch statement.", open);
            }
            if (t.isWord("default")) {
                next(Mode.COMMAND);
                defaultBlock = parseBlock();
                continue;
            }
            Expression cond = parseCommandArgument();
            clauses.add(new Statement.SwitchClause(cond, parseBlock()));
        }
        return new Statement.Switch(label, flags, subject, clauses, defaultBlock, pos(kw));
    }

    private Statement parseTry() {
        Token kw = next(Mode.COMMAND);
        Block body = parseBlock();
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
                        next(Mode.EXPRESSION);
                    }
                }
                catchDepth++;
                try {
                    catches.add(new Statement.CatchClause(types, parseBlock()));
                } finally {
                    catchDepth--;
                }
            } else if (t.isWord("finally")) {
                next(Mode.COMMAND);
                fin = parseBlock();
                break;
            } else {
                rewind(save);
                break;
            }
        }
        if (catches.isEmpty() && fin == null) {
            throw error("The Try statement is missing its Catch or Finally block.", kw);
        }
        return new Statement.Try(body, catches, fin, pos(kw));
    }

    private Statement parseTrap() {
        Token kw = next(Mode.COMMAND);
        skipNewlines();
        TypeName type = null;
        if (peek(Mode.EXPRESSION).isOperator("[")) {
            type = parseTypeLiteral();
        }
        return new Statement.Trap(type, parseBlock(), pos(kw));
    }

    private TypeName parseTypeLiteral() {
        Token open = expect("[", Mode.EXPRESSION, "type");
        lexer.reset(offset);
        String text = lexer.scanTypeNameText();
        if (text == null) {
            throw error("Missing type name after '['.", open);
        }
        offset = lexer.offset();
        cached = null;
        expect("]", Mode.EXPRESSION, "at end of type name");
        return TypeNames.parse(text, pos(open));
    }

    private Statement parseFunction(boolean filter) {
        Token kw = next(Mode.COMMAND);
        skipNewlines();
        Token name = next(Mode.COMMAND);
        if (!(name.is(TokenKind.GENERIC) || name.is(TokenKind.LITERAL_STRING))) {
            throw error("Missing name after function keyword.", name);
        }
        skipNewlines();
        List<Parameter> params = new ArrayList<>();
        if (peek(Mode.EXPRESSION).isOperator("(")) {
            params = parseParameterList();
            skipNewlines();
        }
        Token open = expect("{", Mode.EXPRESSION, "to open the function body");
        ScriptBlockBody body = parseBody(true, open.end());
        Token close = peek(Mode.COMMAND);
        if (!close.isOperator("}")) {
            throw error("Missing closing '}' in statement block or type definition.", open);
        }
        next(Mode.COMMAND);
        return new Statement.FunctionDefinition(name.stringValue(), filter, params, body, pos(kw));
    }

    // ---------------------------------------------------------------- pipelines

    private Statement parsePipelineOrAssignment() {
        Token first = peek(Mode.COMMAND);
        PipelineElement element = parsePipelineElement(true);
        if (element instanceof PipelineElement.ExpressionElement ee && ee.redirections().isEmpty()) {
            Token t = peek(Mode.EXPRESSION);
            if (t.is(TokenKind.OPERATOR) && ASSIGNMENT.contains(t.text())) {
                next(Mode.EXPRESSION);
                skipNewlines();
                Statement value = parseStatement();
                return new Statement.Assignment(ee.expression(), t.text(), value, pos(first));
            }
        }
        List<PipelineElement> elements = new ArrayList<>();
        elements.add(element);
        while (peek(Mode.EXPRESSION).isOperator("|")) {
            next(Mode.EXPRESSION);
            skipNewlines();
            elements.add(parsePipelineElement(false));
        }
        return new Statement.Pipeline(elements, pos(first));
    }

    private boolean startsExpression(Token t) {
        switch (t.kind()) {
            case VARIABLE, NUMBER, LITERAL_STRING, EXPANDABLE_STRING:
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
            name = parseCommandArgument();
        } else if (t.is(TokenKind.GENERIC) || t.is(TokenKind.PARAMETER)) {
            next(Mode.COMMAND);
            name = new Expression.StringConstant(t.stringValue(), true, pos(t));
            if (t.is(TokenKind.PARAMETER)) {
                name = new Expression.StringConstant(t.text(), true, pos(t));
            }
        } else if (!first && startsExpression(t)) {
            throw error("Expressions are only allowed as the first element of a pipeline.", t);
        } else {
            throw error("Unexpected token '" + t.text() + "' in expression or statement.", t);
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
                    || a.isOperator("&&") || a.isOperator("||")) {
                break;
            }
            if (a.is(TokenKind.PARAMETER)) {
                next(Mode.COMMAND);
                Expression arg = null;
                if (a.text().endsWith(":")) {
                    arg = parseCommandArgumentList();
                }
                elements.add(new CommandElement.ParameterName(a.stringValue(), arg, pos(a)));
            } else if (a.is(TokenKind.SPLAT)) {
                next(Mode.COMMAND);
                elements.add(new CommandElement.Splat(a.stringValue(), pos(a)));
            } else {
                elements.add(new CommandElement.Argument(parseCommandArgumentList()));
            }
        }
        return new PipelineElement.Command(name, invocation, elements, parseRedirections(), pos(t), methodSyntax);
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

    private Expression parseCommandArgumentList() {
        Expression first = parseCommandArgument();
        if (!peek(Mode.COMMAND).isOperator(",")) {
            return first;
        }
        List<Expression> items = new ArrayList<>();
        items.add(first);
        while (peek(Mode.COMMAND).isOperator(",")) {
            next(Mode.COMMAND);
            skipNewlines();
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
            throw error("Missing argument.", t);
        }
        rewind(t.start());
        boolean saved = noComma;
        noComma = true;
        Expression e = parsePostfix(parsePrimary());
        noComma = saved;
        return e;
    }

    // ---------------------------------------------------------------- expressions

    public Expression parseExpression() {
        Expression left = parseBitwise();
        while (true) {
            Token t = peek(Mode.EXPRESSION);
            if (t.isOperator("-and") || t.isOperator("-or") || t.isOperator("-xor")) {
                next(Mode.EXPRESSION);
                skipNewlines();
                left = new Expression.Binary(t.text(), left, parseBitwise(), pos(t));
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
                left = new Expression.Binary(t.text(), left, parseComparison(), pos(t));
            } else {
                return left;
            }
        }
    }

    private Expression parseComparison() {
        Expression left = parseAdditive();
        while (true) {
            Token t = peek(Mode.EXPRESSION);
            if (t.is(TokenKind.OPERATOR) && isComparison(t.text())) {
                next(Mode.EXPRESSION);
                skipNewlines();
                left = new Expression.Binary(t.text(), left, parseAdditive(), pos(t));
            } else {
                return left;
            }
        }
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
                left = new Expression.Binary(t.text(), left, parseMultiplicative(), pos(t));
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
                left = new Expression.Binary(t.text(), left, parseFormat(), pos(t));
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
            left = new Expression.Binary("-f", left, parseRange(), pos(t));
        }
        return left;
    }

    private Expression parseRange() {
        Expression left = parseArrayLiteral();
        while (peek(Mode.EXPRESSION).isOperator("..")) {
            Token t = next(Mode.EXPRESSION);
            skipNewlines();
            left = new Expression.Binary("..", left, parseArrayLiteral(), pos(t));
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

    private Expression parseUnary() {
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
        TypeName type = parseTypeLiteral();
        Token t = peek(Mode.EXPRESSION);
        if (t.is(TokenKind.NEWLINE) && parenDepth > 0) {
            int save = offset;
            skipNewlines();
            if (!startsUnaryOperand(peek(Mode.EXPRESSION))) {
                rewind(save);
            }
            t = peek(Mode.EXPRESSION);
        }
        if (!t.spaceBefore() && (t.isOperator("::") || t.isOperator("."))) {
            return parsePostfix(new Expression.TypeLiteral(type, pos(open)));
        }
        if (type.name().equalsIgnoreCase("ordered") && t.isOperator("@{")) {
            Expression.Hashtable h = (Expression.Hashtable) parsePrimary();
            return new Expression.Hashtable(h.entries(), true, h.position());
        }
        if (startsUnaryOperand(t)) {
            return new Expression.Convert(type, parseUnary(), pos(open));
        }
        return new Expression.TypeLiteral(type, pos(open));
    }

    private boolean startsUnaryOperand(Token t) {
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
            if (t.isOperator(".") || t.isOperator("::")) {
                next(Mode.EXPRESSION);
                boolean isStatic = t.text().equals("::");
                Expression member = parseMemberName();
                Token paren = peek(Mode.EXPRESSION);
                if (paren.isOperator("(") && !paren.spaceBefore()) {
                    next(Mode.EXPRESSION);
                    target = new Expression.InvokeMember(target, member, parseArguments(), isStatic, pos(t));
                } else {
                    target = new Expression.Member(target, member, isStatic, pos(t));
                }
            } else if (t.isOperator("[")) {
                next(Mode.EXPRESSION);
                boolean saved = noComma;
                noComma = false;
                skipNewlines();
                Expression index = parseExpression();
                skipNewlines();
                noComma = saved;
                expect("]", Mode.EXPRESSION, "to close the index");
                target = new Expression.Index(target, index, pos(t));
            } else if (t.isOperator("++") || t.isOperator("--")) {
                next(Mode.EXPRESSION);
                target = new Expression.Unary(t.text(), target, true, pos(t));
            } else {
                return target;
            }
        }
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
                || t.isOperator("(") || t.isOperator("$(")) {
            return parsePrimary();
        }
        throw error("Missing property name after reference operator.", t);
    }

    private List<Expression> parseArguments() {
        List<Expression> args = new ArrayList<>();
        boolean saved = noComma;
        noComma = true;
        skipNewlines();
        while (!peek(Mode.EXPRESSION).isOperator(")")) {
            args.add(parseExpression());
            skipNewlines();
            Token t = peek(Mode.EXPRESSION);
            if (t.isOperator(",")) {
                next(Mode.EXPRESSION);
                skipNewlines();
            } else if (!t.isOperator(")")) {
                throw error("Missing ')' in method call.", t);
            }
        }
        next(Mode.EXPRESSION);
        noComma = saved;
        return args;
    }

    private Expression parsePrimary() {
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
            case IDENTIFIER:
                throw error("Unexpected token '" + t.text() + "' in expression or statement.", t);
            case OPERATOR:
                return parseBracketed(t);
            case EOF:
                throw error("You must provide a value expression following this operator.", t);
            default:
                throw error("Unexpected token '" + t.text() + "' in expression or statement.", t);
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
                case "(": {
                    parenDepth++;
                    try {
                        skipNewlines();
                        Statement inner = parsePipelineOrAssignment();
                        skipNewlines();
                        expect(")", Mode.EXPRESSION, "to close the parenthesised expression");
                        return new Expression.Paren(inner, pos(t));
                    } finally {
                        parenDepth--;
                    }
                }
                case "@(": {
                    List<Statement> body = parseStatements();
                    expect(")", Mode.EXPRESSION, "to close the array subexpression");
                    return new Expression.ArrayExpression(new Block(body, pos(t)), pos(t));
                }
                case "$(": {
                    List<Statement> body = parseStatements();
                    expect(")", Mode.EXPRESSION, "to close the subexpression");
                    return new Expression.SubExpression(new Block(body, pos(t)), pos(t));
                }
                case "@{":
                    return parseHashtable(t);
                case "{": {
                    ScriptBlockBody body = parseBody(true, t.end());
                    Token close = peek(Mode.COMMAND);
                    if (!close.isOperator("}")) {
                        throw error("Missing closing '}' in statement block or type definition.", t);
                    }
                    next(Mode.COMMAND);
                    return new Expression.ScriptBlock(body, pos(t));
                }
                default:
                    throw error("Unexpected token '" + t.text() + "' in expression or statement.", t);
            }
        } finally {
            noComma = saved;
        }
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
                throw error("Missing closing '}' in hash literal.", open);
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
            expect("=", Mode.EXPRESSION, "after the key in a hash literal");
            skipNewlines();
            Statement value = parseStatement();
            entries.add(new Expression.HashEntry(key, value));
            Token sep = peek(Mode.EXPRESSION);
            if (!(sep.is(TokenKind.NEWLINE) || sep.is(TokenKind.SEMICOLON) || sep.isOperator("}"))) {
                throw error("Missing statement after '=' in hash literal, or unexpected token '" + sep.text() + "'.", sep);
            }
        }
        return new Expression.Hashtable(entries, false, pos(open));
    }

    /** Parses the statements of a $( ... ) found inside an expandable string. */
    static Block parseFragment(String file, String text, Position at) {
        Parser p = new Parser(new Lexer(file, text, at.line(), at.column()));
        List<Statement> statements = p.parseStatements();
        Token t = p.peek(Mode.COMMAND);
        if (!t.is(TokenKind.EOF)) {
            throw p.error("Unexpected token '" + t.text() + "' in subexpression.", t);
        }
        return new Block(statements, at);
    }
}
