package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.lexer.Lexer.Mode;
import io.openecma.powershell.lexer.Token;
import io.openecma.powershell.lexer.TokenKind;
import io.openecma.powershell.types.language.ScriptExtent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parser.cs's pipeline, command and expression rules for the public AST: operator precedence
 * (BinaryExpressionRule), array literals, unary operators and casts, primary expressions with
 * member access, invocation and indexing, command elements and redirections.
 */
final class AstExpressionRules {

    private static final Set<String> ASSIGNMENTS = Set.of("=", "+=", "-=", "*=", "/=", "%=", "??=");
    private static final Set<String> UNARY = Set.of("-not", "!", "-bnot", "-", "+", "++", "--", "-split", "-join", ",",
            "-isplit", "-csplit");
    private static final Map<String, Integer> PRECEDENCE = precedence();

    private final AstTokens tokens;
    private final AstParser parser;

    AstExpressionRules(AstTokens tokens, AstParser parser) {
        this.tokens = tokens;
        this.parser = parser;
    }

    /** token.cs's BinaryPrecedence values: logical 1, bitwise 2, comparison 5, ?? 7, additive 9, multiplicative 10, -f 12, .. 13. */
    private static Map<String, Integer> precedence() {
        Map<String, Integer> p = new java.util.HashMap<>();
        for (String op : new String[] {"-and", "-or", "-xor"}) {
            p.put(op, 1);
        }
        for (String op : new String[] {"-band", "-bor", "-bxor"}) {
            p.put(op, 2);
        }
        for (String op : new String[] {"eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch",
                "replace", "contains", "notcontains", "in", "notin", "split", "join", "is", "isnot", "as", "shl", "shr"}) {
            p.put("-" + op, 5);
            p.put("-c" + op, 5);
            p.put("-i" + op, 5);
        }
        p.put("+", 9);
        p.put("-", 9);
        p.put("*", 10);
        p.put("/", 10);
        p.put("%", 10);
        p.put("-f", 12);
        p.put("..", 13);
        p.put("??", 7);
        return p;
    }

    // ------------------------------------------------------------------ pipelines

    PipelineBaseAst pipelineChain() {
        return pipeline();
    }

    /** PipelineRule: commands and expressions joined by '|', or an assignment. */
    PipelineBaseAst pipeline() {
        List<Ast> elements = new ArrayList<>();
        while (true) {
            Token t = tokens.peek(Mode.COMMAND);
            if (endsPipeline(t)) {
                break;
            }
            CommandBaseAst element;
            if (startsCommand(t)) {
                element = command();
            } else {
                ExpressionAst expr = expression();
                if (expr == null) {
                    break;
                }
                Token op = tokens.peek(Mode.EXPRESSION);
                if (elements.isEmpty() && op.is(TokenKind.OPERATOR) && ASSIGNMENTS.contains(op.text())) {
                    return assignment(expr, tokens.next(Mode.EXPRESSION));
                }
                List<Ast> redirections = redirections();
                int end = redirections.isEmpty() ? expr.getExtent().getEndOffset()
                        : redirections.get(redirections.size() - 1).getExtent().getEndOffset();
                element = new CommandExpressionAst(tokens.extent(expr.getExtent().getStartOffset(), end), expr, redirections);
            }
            elements.add(element);
            Token pipe = tokens.peek(Mode.EXPRESSION);
            if (!pipe.isOperator("|")) {
                break;
            }
            tokens.next(Mode.EXPRESSION);
            tokens.skipNewlines();
        }
        if (elements.isEmpty()) {
            return null;
        }
        return new PipelineAst(tokens.extent(elements.get(0), elements.get(elements.size() - 1)), elements, false);
    }

    private AssignmentStatementAst assignment(ExpressionAst left, Token op) {
        tokens.skipNewlines();
        StatementAst right = parser.statements().statement();
        if (right == null) {
            right = new ErrorStatementAst(tokens.extent(op.end(), op.end()), null, null, null, null, null);
            return new AssignmentStatementAst(tokens.extent(left.getExtent().getStartOffset(), op.end()), left, op.text(),
                    right, tokens.extent(op));
        }
        return new AssignmentStatementAst(tokens.extent(left, right), left, op.text(), right, tokens.extent(op));
    }

    private static boolean endsPipeline(Token t) {
        return t.is(TokenKind.EOF) || t.is(TokenKind.NEWLINE) || t.is(TokenKind.SEMICOLON) || t.isOperator(")")
                || t.isOperator("}") || t.isOperator("|");
    }

    private static boolean startsCommand(Token t) {
        if (t.is(TokenKind.GENERIC)) {
            // A word that starts with a digit (2+$a) is an expression, as the engine's own parser reads it.
            return !t.text().startsWith("[") && !t.text().equals("]")
                    && (!Character.isDigit(t.text().charAt(0)) || io.openecma.powershell.lexer.Lexer.isNumberWordWithQuestionMark(t.text()));
        }
        return t.isOperator("&") || t.isOperator(".");
    }

    /** CommandRule: an optional '&' or '.', then names, arguments, parameters and redirections. */
    private CommandAst command() {
        Token first = tokens.peek(Mode.COMMAND);
        String invocation = null;
        if (first.isOperator("&") || first.isOperator(".")) {
            tokens.next(Mode.COMMAND);
            invocation = first.isOperator("&") ? "Ampersand" : "Dot";
        }
        List<Ast> elements = new ArrayList<>();
        List<Ast> redirections = new ArrayList<>();
        int end = first.end();
        while (true) {
            Token t = tokens.peek(Mode.COMMAND);
            if (endsPipeline(t) || t.isOperator("&&") || t.isOperator("||")) {
                break;
            }
            Ast element;
            if (t.is(TokenKind.REDIRECTION)) {
                element = redirection();
                redirections.add(element);
                end = element.getExtent().getEndOffset();
                continue;
            }
            if (t.is(TokenKind.PARAMETER)) {
                tokens.next(Mode.COMMAND);
                ExpressionAst argument = null;
                if (t.text().endsWith(":")) {
                    argument = commandArgument();
                }
                int pEnd = argument == null ? t.end() : argument.getExtent().getEndOffset();
                element = new CommandParameterAst(tokens.extent(t.start(), pEnd), t.stringValue(), argument);
            } else {
                element = commandArgument();
                if (element == null) {
                    if (t.isOperator("&") || t.isOperator(",")) {
                        tokens.next(Mode.COMMAND);
                        continue;
                    }
                    break;
                }
            }
            elements.add(element);
            end = element.getExtent().getEndOffset();
        }
        return new CommandAst(tokens.extent(first.start(), end), elements, invocation, redirections);
    }

    /** A command argument, with ',' making an array literal ({@code a b,c}). */
    private ExpressionAst commandArgument() {
        ExpressionAst first = singleCommandArgument();
        if (first == null || !tokens.peek(Mode.COMMAND).isOperator(",")) {
            return first;
        }
        List<Ast> elements = new ArrayList<>();
        elements.add(first);
        Ast last = first;
        while (tokens.peek(Mode.COMMAND).isOperator(",")) {
            Token comma = tokens.next(Mode.COMMAND);
            tokens.skipNewlines();
            ExpressionAst next = singleCommandArgument();
            if (next == null) {
                next = new ErrorExpressionAst(tokens.extent(comma.end(), comma.end()), null);
                elements.add(next);
                break;
            }
            elements.add(next);
            last = next;
        }
        return new ArrayLiteralAst(tokens.extent(first, last), elements);
    }

    /** GetSingleCommandArgument: a bare word or one primary expression; null where no argument stands. */
    ExpressionAst singleCommandArgument() {
        Token t = tokens.peek(Mode.COMMAND);
        if (endsPipeline(t) || t.is(TokenKind.PARAMETER) || t.is(TokenKind.REDIRECTION) || t.isOperator(",")
                || t.isOperator("&") || t.isOperator("&&") || t.isOperator("||")) {
            return null;
        }
        if (t.is(TokenKind.GENERIC) && !t.text().startsWith("[")) {
            tokens.next(Mode.COMMAND);
            return bareWord(t);
        }
        return postfix(primaryOrType());
    }

    private ExpressionAst bareWord(Token t) {
        String text = t.text();
        if (text.indexOf('$') >= 0) {
            return new ExpandableStringExpressionAst(tokens.extent(t), t.stringValue(), "BareWord", List.of());
        }
        return new StringConstantExpressionAst(tokens.extent(t), t.stringValue(), "BareWord");
    }

    private List<Ast> redirections() {
        List<Ast> out = new ArrayList<>();
        while (tokens.peek(Mode.COMMAND).is(TokenKind.REDIRECTION)) {
            out.add(redirection());
        }
        return out;
    }

    private RedirectionAst redirection() {
        Token t = tokens.next(Mode.COMMAND);
        String text = t.text();
        String from = text.startsWith(">") ? "Output" : streamName(text.charAt(0));
        if (text.contains("&")) {
            return new MergingRedirectionAst(tokens.extent(t), from, streamName(text.charAt(text.length() - 1)));
        }
        ExpressionAst location = singleCommandArgument();
        ScriptExtent extent = location == null ? tokens.extent(t) : tokens.extent(t, location);
        return new FileRedirectionAst(extent, from, location, text.endsWith(">>"));
    }

    private static String streamName(char c) {
        return switch (c) {
            case '*' -> "All";
            case '2' -> "Error";
            case '3' -> "Warning";
            case '4' -> "Verbose";
            case '5' -> "Debug";
            case '6' -> "Information";
            default -> "Output";
        };
    }

    // ------------------------------------------------------------------ expressions

    /** ExpressionRule: a binary expression, possibly the condition of a ternary. */
    ExpressionAst expression() {
        ExpressionAst condition = binary(1, true);
        if (condition == null) {
            return null;
        }
        Token q = tokens.peek(Mode.EXPRESSION);
        if (!q.isOperator("?")) {
            return condition;
        }
        tokens.next(Mode.EXPRESSION);
        tokens.skipNewlines();
        ExpressionAst ifTrue = expression();
        int trueEnd = ifTrue == null ? q.end() : ifTrue.getExtent().getEndOffset();
        if (ifTrue == null) {
            ifTrue = new ErrorExpressionAst(tokens.extent(q.end(), q.end()), null);
        }
        tokens.skipNewlines();
        Token colon = tokens.peek(Mode.EXPRESSION);
        if (!colon.isOperator(":")) {
            List<Ast> parts = new ArrayList<>();
            parts.add(condition);
            if (!(ifTrue instanceof ErrorExpressionAst)) {
                parts.add(ifTrue);
            }
            return new ErrorExpressionAst(tokens.extent(condition.getExtent().getStartOffset(), trueEnd), parts);
        }
        tokens.next(Mode.EXPRESSION);
        tokens.skipNewlines();
        ExpressionAst ifFalse = expression();
        if (ifFalse == null) {
            ifFalse = new ErrorExpressionAst(tokens.extent(colon.end(), colon.end()), null);
        }
        int end = Math.max(colon.end(), ifFalse.getExtent().getEndOffset());
        return new TernaryExpressionAst(tokens.extent(condition.getExtent().getStartOffset(), end), condition, ifTrue,
                ifFalse);
    }

    /** An expression where ',' does not make an array (parameter defaults, attribute and method arguments). */
    ExpressionAst expressionNoComma() {
        return binary(1, false);
    }

    private ExpressionAst binary(int minPrecedence, boolean commas) {
        ExpressionAst left = commas ? arrayLiteral() : unary();
        if (left == null) {
            return null;
        }
        while (true) {
            Token op = tokens.peek(Mode.EXPRESSION);
            Integer p = op.is(TokenKind.OPERATOR) ? PRECEDENCE.get(op.text().toLowerCase(Locale.ROOT)) : null;
            if (p == null || p < minPrecedence) {
                return left;
            }
            tokens.next(Mode.EXPRESSION);
            tokens.skipNewlines();
            ExpressionAst right = binary(p + 1, commas);
            if (right == null) {
                right = new ErrorExpressionAst(tokens.extent(op.end(), op.end()), null);
                return new BinaryExpressionAst(tokens.extent(left.getExtent().getStartOffset(), op.end()), left,
                        op.text(), right, tokens.extent(op));
            }
            left = new BinaryExpressionAst(tokens.extent(left, right), left, op.text(), right, tokens.extent(op));
        }
    }

    /** ArrayLiteralRule: unary expressions separated by ','. */
    private ExpressionAst arrayLiteral() {
        ExpressionAst first = unary();
        if (first == null || !tokens.peek(Mode.EXPRESSION).isOperator(",")) {
            return first;
        }
        List<Ast> elements = new ArrayList<>();
        elements.add(first);
        Ast last = first;
        while (tokens.peek(Mode.EXPRESSION).isOperator(",")) {
            Token comma = tokens.next(Mode.EXPRESSION);
            tokens.skipNewlines();
            ExpressionAst next = unary();
            if (next == null) {
                next = new ErrorExpressionAst(tokens.extent(comma.end(), comma.end()), null);
                elements.add(next);
                last = next;
                break;
            }
            elements.add(next);
            last = next;
        }
        return new ArrayLiteralAst(tokens.extent(first.getExtent().getStartOffset(), last.getExtent().getEndOffset()),
                elements);
    }

    /** UnaryExpressionRule: prefix operators, casts and attributed expressions, then a primary expression. */
    private ExpressionAst unary() {
        Token t = tokens.peek(Mode.EXPRESSION);
        if (t.is(TokenKind.OPERATOR) && UNARY.contains(t.text().toLowerCase(Locale.ROOT))) {
            tokens.next(Mode.EXPRESSION);
            tokens.skipNewlines();
            ExpressionAst child = unary();
            if (child == null) {
                child = new ErrorExpressionAst(tokens.extent(t.end(), t.end()), null);
                return new UnaryExpressionAst(tokens.extent(t), t.text(), child);
            }
            return new UnaryExpressionAst(tokens.extent(t, child), t.text(), child);
        }
        ExpressionAst expr = primaryOrType();
        if (expr == null) {
            return null;
        }
        expr = postfix(expr);
        Token after = tokens.peek(Mode.EXPRESSION);
        if (!after.spaceBefore() && (after.isOperator("++") || after.isOperator("--"))) {
            tokens.next(Mode.EXPRESSION);
            expr = new UnaryExpressionAst(tokens.extent(expr.getExtent().getStartOffset(), after.end()),
                    "Postfix" + after.text(), expr);
        }
        return expr;
    }

    /** A primary expression, or a type literal that is a cast when an operand follows it. */
    private ExpressionAst primaryOrType() {
        Token t = tokens.peek(Mode.EXPRESSION);
        if (t.isOperator("[")) {
            AttributeBaseAst attribute = attribute();
            if (attribute == null) {
                return null;
            }
            Token next = tokens.peek(Mode.EXPRESSION);
            boolean memberAccess = !next.spaceBefore() && (next.isOperator(".") || next.isOperator("::")
                    || next.isOperator("["));
            if (attribute instanceof TypeConstraintAst type && memberAccess) {
                return new TypeExpressionAst(type.getExtent(), type.getTypeName());
            }
            ExpressionAst child = startsOperand(next) ? unary() : null;
            if (child == null) {
                if (attribute instanceof TypeConstraintAst type) {
                    return new TypeExpressionAst(type.getExtent(), type.getTypeName());
                }
                return new ErrorExpressionAst(attribute.getExtent(), List.of(attribute));
            }
            if (attribute instanceof TypeConstraintAst type) {
                return new ConvertExpressionAst(tokens.extent(type, child), type, child);
            }
            return new AttributedExpressionAst(tokens.extent(attribute, child), attribute, child);
        }
        return primary();
    }

    private static boolean startsOperand(Token t) {
        if (t.is(TokenKind.EOF) || t.is(TokenKind.NEWLINE) || t.is(TokenKind.SEMICOLON)) {
            return false;
        }
        if (t.is(TokenKind.OPERATOR)) {
            String op = t.text();
            return op.equals("(") || op.equals("$(") || op.equals("@(") || op.equals("@{") || op.equals("{")
                    || op.equals("[") || UNARY.contains(op.toLowerCase(Locale.ROOT)) && !op.equals(",");
        }
        return !t.is(TokenKind.IDENTIFIER) && !t.is(TokenKind.GENERIC) && !t.is(TokenKind.REDIRECTION);
    }

    /** PrimaryExpressionRule without member access. */
    private ExpressionAst primary() {
        Token t = tokens.peek(Mode.EXPRESSION);
        switch (t.kind()) {
            case VARIABLE:
            case SPLAT:
                tokens.next(Mode.EXPRESSION);
                return variable(t);
            case NUMBER:
                tokens.next(Mode.EXPRESSION);
                return new ConstantExpressionAst(tokens.extent(t), t.value());
            case LITERAL_STRING:
                tokens.next(Mode.EXPRESSION);
                return new StringConstantExpressionAst(tokens.extent(t), t.stringValue(),
                        t.text().startsWith("@") ? "SingleQuotedHereString" : "SingleQuoted");
            case EXPANDABLE_STRING:
                tokens.next(Mode.EXPRESSION);
                String raw = String.valueOf(t.value());
                String kind = t.text().startsWith("@") ? "DoubleQuotedHereString" : "DoubleQuoted";
                if (raw.indexOf('$') >= 0) {
                    return new ExpandableStringExpressionAst(tokens.extent(t), raw, kind, List.of());
                }
                return new StringConstantExpressionAst(tokens.extent(t), raw, kind);
            case OPERATOR:
                return grouping(t);
            default:
                return null;
        }
    }

    private ExpressionAst grouping(Token t) {
        switch (t.text()) {
            case "(": {
                tokens.next(Mode.EXPRESSION);
                tokens.skipNewlines();
                PipelineBaseAst pipeline = parser.statements().statement() instanceof PipelineBaseAst p ? p : null;
                tokens.skipNewlines();
                Token r = tokens.peek(Mode.EXPRESSION);
                int end = r.isOperator(")") ? tokens.next(Mode.EXPRESSION).end()
                        : pipeline != null ? pipeline.getExtent().getEndOffset() : t.end();
                return new ParenExpressionAst(tokens.extent(t.start(), end), pipeline);
            }
            case "$(":
            case "@(": {
                tokens.next(Mode.EXPRESSION);
                List<Ast> all = new ArrayList<>();
                ScriptExtent list = parser.statements().statementList(all);
                Token r = tokens.peek(Mode.EXPRESSION);
                int end = r.isOperator(")") ? tokens.next(Mode.EXPRESSION).end() : list != null ? list.getEndOffset() : t.end();
                StatementBlockAst block = parser.statements().statementBlockOf(
                        list != null ? list : tokens.extent(t.end(), t.end()), all);
                ScriptExtent extent = tokens.extent(t.start(), end);
                return t.text().equals("$(") ? new SubExpressionAst(extent, block) : new ArrayExpressionAst(extent, block);
            }
            case "@{":
                return hashtable(tokens.next(Mode.EXPRESSION));
            case "{": {
                tokens.next(Mode.EXPRESSION);
                ScriptBlockAst block = parser.scriptBlock(t);
                return new ScriptBlockExpressionAst(block.getExtent(), block);
            }
            default:
                return null;
        }
    }

    /** HashExpressionRule: key = statement pairs separated by newlines or ';'. */
    private ExpressionAst hashtable(Token open) {
        List<Object> pairs = new ArrayList<>();
        List<Ast> parts = new ArrayList<>();
        int end = open.end();
        while (true) {
            tokens.skipNewlinesAndSemicolons();
            Token t = tokens.peek(Mode.EXPRESSION);
            if (t.isOperator("}")) {
                end = tokens.next(Mode.EXPRESSION).end();
                break;
            }
            ExpressionAst key;
            if (t.is(TokenKind.IDENTIFIER) || t.is(TokenKind.GENERIC)) {
                Token word = tokens.peek(Mode.COMMAND);
                tokens.next(Mode.COMMAND);
                key = new StringConstantExpressionAst(tokens.extent(word), word.stringValue(), "BareWord");
            } else {
                key = unary();
            }
            if (key == null) {
                break;
            }
            end = key.getExtent().getEndOffset();
            tokens.skipNewlines();
            if (!tokens.peek(Mode.EXPRESSION).isOperator("=")) {
                parts.add(key);
                break;
            }
            end = tokens.next(Mode.EXPRESSION).end();
            tokens.skipNewlines();
            StatementAst value = parser.statements().statement();
            parts.add(key);
            if (value == null) {
                break;
            }
            parts.add(value);
            pairs.add(new AstTuple(key, value));
            end = value.getExtent().getEndOffset();
        }
        return new HashtableAst(tokens.extent(open.start(), end), pairs, parts);
    }

    VariableExpressionAst variable(Token t) {
        String path = t.value() == null ? t.text().substring(1) : String.valueOf(t.value());
        return new VariableExpressionAst(tokens.extent(t), path, t.is(TokenKind.SPLAT));
    }

    /** Member access, method invocation and indexing right after an expression (no space before). */
    private ExpressionAst postfix(ExpressionAst expr) {
        if (expr == null) {
            return null;
        }
        while (true) {
            Token t = tokens.peek(Mode.EXPRESSION);
            if (t.spaceBefore()) {
                return expr;
            }
            if (t.isOperator(".") || t.isOperator("::") || t.isOperator("?.")) {
                tokens.next(Mode.EXPRESSION);
                CommandElementAst member = memberName();
                if (member == null) {
                    return new ErrorExpressionAst(tokens.extent(expr.getExtent().getStartOffset(), t.end()), List.of(expr));
                }
                boolean isStatic = t.isOperator("::");
                boolean nullConditional = t.isOperator("?.");
                Token lParen = tokens.peek(Mode.EXPRESSION);
                if (lParen.isOperator("(") && !lParen.spaceBefore()) {
                    tokens.next(Mode.EXPRESSION);
                    List<Ast> arguments = new ArrayList<>();
                    tokens.skipNewlines();
                    while (!tokens.peek(Mode.EXPRESSION).isOperator(")")) {
                        ExpressionAst a = expressionNoComma();
                        if (a == null) {
                            break;
                        }
                        arguments.add(a);
                        tokens.skipNewlines();
                        if (!tokens.peek(Mode.EXPRESSION).isOperator(",")) {
                            break;
                        }
                        tokens.next(Mode.EXPRESSION);
                        tokens.skipNewlines();
                    }
                    Token r = tokens.peek(Mode.EXPRESSION);
                    int end = r.isOperator(")") ? tokens.next(Mode.EXPRESSION).end() : member.getExtent().getEndOffset();
                    expr = new InvokeMemberExpressionAst(tokens.extent(expr.getExtent().getStartOffset(), end), expr, member,
                            isStatic, nullConditional, arguments);
                } else {
                    expr = new MemberExpressionAst(tokens.extent(expr, member), expr, member, isStatic, nullConditional);
                }
            } else if (t.isOperator("[") || t.isOperator("?[")) {
                tokens.next(Mode.EXPRESSION);
                tokens.skipNewlines();
                ExpressionAst index = expression();
                tokens.skipNewlines();
                Token r = tokens.peek(Mode.EXPRESSION);
                int end = r.isOperator("]") ? tokens.next(Mode.EXPRESSION).end()
                        : index != null ? index.getExtent().getEndOffset() : t.end();
                if (index == null) {
                    index = new ErrorExpressionAst(tokens.extent(t.end(), t.end()), null);
                }
                expr = new IndexExpressionAst(tokens.extent(expr.getExtent().getStartOffset(), end), expr, index,
                        t.isOperator("?["));
            } else {
                return expr;
            }
        }
    }

    private CommandElementAst memberName() {
        Token t = tokens.peek(Mode.EXPRESSION);
        if (t.is(TokenKind.IDENTIFIER) || t.is(TokenKind.GENERIC)) {
            tokens.next(Mode.EXPRESSION);
            return new StringConstantExpressionAst(tokens.extent(t), t.text(), "BareWord");
        }
        if (t.spaceBefore()) {
            return null;
        }
        return primary();
    }

    // ------------------------------------------------------------------ attributes

    List<Ast> attributeList() {
        List<Ast> attributes = new ArrayList<>();
        while (true) {
            AttributeBaseAst a = attribute();
            if (a == null) {
                return attributes;
            }
            attributes.add(a);
            tokens.skipNewlines();
        }
    }

    /** AttributeRule: {@code [type]} or {@code [Name(arguments)]}; null when no attribute stands here. */
    AttributeBaseAst attribute() {
        Token open = tokens.peek(Mode.EXPRESSION);
        if (!open.isOperator("[")) {
            return null;
        }
        tokens.next(Mode.EXPRESSION);
        String typeName = tokens.scanTypeName();
        if (typeName == null) {
            tokens.rewind(open.start());
            return null;
        }
        Token t = tokens.peek(Mode.EXPRESSION);
        if (t.isOperator("]")) {
            tokens.next(Mode.EXPRESSION);
            return new TypeConstraintAst(tokens.extent(open, t), new AstTypeName(typeName));
        }
        if (!t.isOperator("(")) {
            tokens.rewind(open.start());
            return null;
        }
        tokens.next(Mode.EXPRESSION);
        List<Ast> positional = new ArrayList<>();
        List<Ast> named = new ArrayList<>();
        while (true) {
            tokens.skipNewlines();
            Token a = tokens.peek(Mode.EXPRESSION);
            if (a.isOperator(")") || a.is(TokenKind.EOF)) {
                break;
            }
            if (a.is(TokenKind.IDENTIFIER)) {
                int restore = tokens.offset();
                tokens.next(Mode.EXPRESSION);
                tokens.skipNewlines();
                if (tokens.peek(Mode.EXPRESSION).isOperator("=")) {
                    tokens.next(Mode.EXPRESSION);
                    tokens.skipNewlines();
                    ExpressionAst value = expressionNoComma();
                    if (value == null) {
                        break;
                    }
                    named.add(new NamedAttributeArgumentAst(tokens.extent(a, value), a.text(), value, false));
                } else if (tokens.peek(Mode.EXPRESSION).isOperator(",") || tokens.peek(Mode.EXPRESSION).isOperator(")")) {
                    named.add(new NamedAttributeArgumentAst(tokens.extent(a), a.text(),
                            new ConstantExpressionAst(tokens.extent(a), Boolean.TRUE), true));
                } else {
                    tokens.rewind(restore);
                    ExpressionAst value = expressionNoComma();
                    if (value == null) {
                        break;
                    }
                    positional.add(value);
                }
            } else {
                ExpressionAst value = expressionNoComma();
                if (value == null) {
                    break;
                }
                positional.add(value);
            }
            tokens.skipNewlines();
            if (!tokens.peek(Mode.EXPRESSION).isOperator(",")) {
                break;
            }
            tokens.next(Mode.EXPRESSION);
        }
        tokens.skipNewlines();
        int end = tokens.offset();
        if (tokens.peek(Mode.EXPRESSION).isOperator(")")) {
            end = tokens.next(Mode.EXPRESSION).end();
            tokens.skipNewlines();
            if (tokens.peek(Mode.EXPRESSION).isOperator("]")) {
                end = tokens.next(Mode.EXPRESSION).end();
            }
        }
        return new AttributeAst(tokens.extent(open.start(), end), new AstTypeName(typeName), positional, named);
    }
}
