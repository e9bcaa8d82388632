package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.lexer.Lexer.Mode;
import io.openecma.powershell.lexer.Token;
import io.openecma.powershell.lexer.TokenKind;
import io.openecma.powershell.types.language.ScriptExtent;
import java.util.ArrayList;
import java.util.List;

/**
 * Parser.cs's statement rules with its error recovery: a statement whose syntax stops short
 * becomes an ErrorStatementAst spanning what was read, holding the parts already parsed
 * (GetNestedErrorAsts).
 */
final class StatementRules {

    private final AstTokens tokens;
    private final AstParser parser;
    private final AstExpressionRules expressions;

    StatementRules(AstTokens tokens, AstParser parser, AstExpressionRules expressions) {
        this.tokens = tokens;
        this.parser = parser;
        this.expressions = expressions;
    }

    // ------------------------------------------------------------------ lists and blocks

    /** StatementListRule: statements up to ')' or '}' or the end; returns their extent, or null. */
    ScriptExtent statementList(List<Ast> into) {
        Ast first = null;
        Ast last = null;
        tokens.skipNewlinesAndSemicolons();
        while (true) {
            StatementAst s = statement();
            if (s == null) {
                break;
            }
            into.add(s);
            if (first == null) {
                first = s;
            }
            last = s;
            tokens.skipNewlinesAndSemicolons();
            Token t = tokens.peek(Mode.EXPRESSION);
            if (t.isOperator(")") || t.isOperator("}")) {
                break;
            }
        }
        return first == null ? null : tokens.extent(first, last);
    }

    StatementBlockAst statementBlockOf(ScriptExtent extent, List<Ast> all) {
        List<Ast> statements = new ArrayList<>();
        List<Ast> traps = new ArrayList<>();
        for (Ast a : all) {
            (a instanceof TrapStatementAst ? traps : statements).add(a);
        }
        return new StatementBlockAst(extent, statements, traps);
    }

    /** StatementBlockRule: '{' statements '}'; null when no '{' follows. */
    StatementBlockAst statementBlock() {
        tokens.skipNewlines();
        Token lCurly = tokens.peek(Mode.EXPRESSION);
        if (!lCurly.isOperator("{")) {
            return null;
        }
        tokens.next(Mode.EXPRESSION);
        List<Ast> all = new ArrayList<>();
        ScriptExtent list = statementList(all);
        Token rCurly = tokens.peek(Mode.EXPRESSION);
        int end;
        if (rCurly.isOperator("}")) {
            tokens.next(Mode.EXPRESSION);
            end = rCurly.end();
        } else {
            end = list != null ? list.getEndOffset() : lCurly.end();
        }
        return statementBlockOf(tokens.extent(lCurly.start(), end), all);
    }

    // ------------------------------------------------------------------ statements

    /** StatementRule: a keyword statement, a labeled loop, or a pipeline; null at the end of a list. */
    StatementAst statement() {
        Token t = tokens.peek(Mode.COMMAND);
        if (t.is(TokenKind.EOF) || t.isOperator(")") || t.isOperator("}")) {
            return null;
        }
        if (t.is(TokenKind.GENERIC) && t.text().startsWith(":") && t.text().length() > 1) {
            tokens.next(Mode.COMMAND);
            tokens.skipNewlines();
            Token k = tokens.peek(Mode.COMMAND);
            if (AstTokens.isKeyword(k, "for", "foreach", "while", "do", "switch")) {
                tokens.next(Mode.COMMAND);
                return keywordStatement(k, t);
            }
            return expressions.pipelineChain();
        }
        if (AstTokens.isKeyword(t, "if", "switch", "foreach", "for", "while", "do", "function", "filter", "workflow",
                "return", "throw", "exit", "break", "continue", "trap", "try", "data")) {
            tokens.next(Mode.COMMAND);
            return keywordStatement(t, null);
        }
        return expressions.pipelineChain();
    }

    private StatementAst keywordStatement(Token keyword, Token label) {
        switch (keyword.text().toLowerCase(java.util.Locale.ROOT)) {
            case "if":
                return ifStatement(keyword);
            case "switch":
                return switchStatement(label, keyword);
            case "foreach":
                return foreachStatement(label, keyword);
            case "for":
                return forStatement(label, keyword);
            case "while":
                return whileStatement(label, keyword);
            case "do":
                return doStatement(label, keyword);
            case "function":
            case "filter":
            case "workflow":
                return functionDeclaration(keyword);
            case "return":
                return new ReturnStatementAst(endOfFlow(keyword, pipelineArgument()), lastPipeline);
            case "throw":
                return new ThrowStatementAst(endOfFlow(keyword, pipelineArgument()), lastPipeline);
            case "exit":
                return new ExitStatementAst(endOfFlow(keyword, pipelineArgument()), lastPipeline);
            case "break":
                return new BreakStatementAst(endOfFlow(keyword, labelArgument()), lastLabel);
            case "continue":
                return new ContinueStatementAst(endOfFlow(keyword, labelArgument()), lastLabel);
            case "trap":
                return trapStatement(keyword);
            case "try":
                return tryStatement(keyword);
            default:
                return dataStatement(keyword);
        }
    }

    private PipelineBaseAst lastPipeline;
    private ExpressionAst lastLabel;

    private Ast pipelineArgument() {
        Token t = tokens.peek(Mode.COMMAND);
        lastPipeline = endsStatement(t) ? null : expressions.pipelineChain();
        return lastPipeline;
    }

    private Ast labelArgument() {
        Token t = tokens.peek(Mode.COMMAND);
        lastLabel = endsStatement(t) ? null : expressions.singleCommandArgument();
        return lastLabel;
    }

    private ScriptExtent endOfFlow(Token keyword, Ast operand) {
        return operand == null ? tokens.extent(keyword) : tokens.extent(keyword, operand);
    }

    private static boolean endsStatement(Token t) {
        return t.is(TokenKind.EOF) || t.is(TokenKind.NEWLINE) || t.is(TokenKind.SEMICOLON) || t.isOperator(")")
                || t.isOperator("}") || t.isOperator("|");
    }

    /** GetNestedErrorAsts: the parts parsed so far, lists flattened, nulls left out. */
    private static List<Ast> nested(Object... parts) {
        List<Ast> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Ast a) {
                out.add(a);
            } else if (p instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Ast a) {
                        out.add(a);
                    }
                }
            }
        }
        return out.isEmpty() ? null : out;
    }

    private ErrorStatementAst error(ScriptExtent extent, List<Ast> nestedAsts) {
        return new ErrorStatementAst(extent, null, null, null, null, nestedAsts);
    }

    private int startOf(Token label, Token keyword) {
        return (label != null ? label : keyword).start();
    }

    private Token peekOperator(String op) {
        tokens.skipNewlines();
        Token t = tokens.peek(Mode.EXPRESSION);
        return t.isOperator(op) ? tokens.next(Mode.EXPRESSION) : null;
    }

    private StatementAst forStatement(Token label, Token forToken) {
        int start = startOf(label, forToken);
        Token lParen = peekOperator("(");
        if (lParen == null) {
            return error(tokens.extent(start, forToken.end()), null);
        }
        int endError = -1;
        tokens.skipNewlines();
        PipelineBaseAst initializer = expressions.pipelineChain();
        if (initializer != null) {
            endError = initializer.getExtent().getEndOffset();
        }
        if (tokens.peek(Mode.EXPRESSION).is(TokenKind.SEMICOLON)) {
            endError = tokens.next(Mode.EXPRESSION).end();
        }
        tokens.skipNewlines();
        PipelineBaseAst condition = expressions.pipelineChain();
        if (condition != null) {
            endError = condition.getExtent().getEndOffset();
        }
        if (tokens.peek(Mode.EXPRESSION).is(TokenKind.SEMICOLON)) {
            endError = tokens.next(Mode.EXPRESSION).end();
        }
        tokens.skipNewlines();
        PipelineBaseAst iterator = expressions.pipelineChain();
        if (iterator != null) {
            endError = iterator.getExtent().getEndOffset();
        }
        Token rParen = peekOperator(")");
        StatementBlockAst body = null;
        if (rParen == null) {
            if (endError < 0) {
                endError = lParen.end();
            }
        } else {
            body = statementBlock();
            if (body == null) {
                endError = rParen.end();
            }
        }
        if (body == null) {
            return error(tokens.extent(start, endError), nested(initializer, condition, iterator));
        }
        return new ForStatementAst(tokens.extent(start, body.getExtent().getEndOffset()), labelText(label), initializer,
                condition, iterator, body);
    }

    private static String labelText(Token label) {
        return label == null ? null : label.text().substring(1);
    }

    private StatementAst foreachStatement(Token label, Token foreachToken) {
        int start = startOf(label, foreachToken);
        int endError = -1;
        tokens.skipNewlines();
        List<String> flags = new ArrayList<>();
        ExpressionAst throttle = null;
        while (tokens.peek(Mode.COMMAND).is(TokenKind.PARAMETER)) {
            Token p = tokens.next(Mode.COMMAND);
            String name = p.stringValue().toLowerCase(java.util.Locale.ROOT);
            if ("parallel".startsWith(name)) {
                flags.add("Parallel");
            } else if ("throttlelimit".startsWith(name)) {
                tokens.skipNewlines();
                throttle = expressions.singleCommandArgument();
            } else {
                endError = p.end();
            }
            tokens.skipNewlines();
        }
        Token lParen = peekOperator("(");
        if (lParen == null) {
            return error(tokens.extent(start, foreachToken.end()), null);
        }
        tokens.skipNewlines();
        Token v = tokens.peek(Mode.EXPRESSION);
        if (!v.is(TokenKind.VARIABLE) && !v.is(TokenKind.SPLAT)) {
            return error(tokens.extent(start, lParen.end()), null);
        }
        tokens.next(Mode.EXPRESSION);
        VariableExpressionAst variable = expressions.variable(v);
        tokens.skipNewlines();
        PipelineBaseAst pipeline = null;
        StatementBlockAst body = null;
        Token in = tokens.peek(Mode.COMMAND);
        if (!AstTokens.isKeyword(in, "in")) {
            endError = variable.getExtent().getEndOffset();
        } else {
            tokens.next(Mode.COMMAND);
            tokens.skipNewlines();
            pipeline = expressions.pipelineChain();
            if (pipeline == null) {
                endError = in.end();
            } else {
                Token rParen = peekOperator(")");
                if (rParen == null) {
                    endError = pipeline.getExtent().getEndOffset();
                } else {
                    body = statementBlock();
                    if (body == null) {
                        endError = rParen.end();
                    }
                }
            }
        }
        if (endError >= 0) {
            return error(tokens.extent(start, endError), nested(variable, pipeline, body));
        }
        return new ForEachStatementAst(tokens.extent(start, body.getExtent().getEndOffset()), labelText(label),
                flags.isEmpty() ? "None" : String.join(", ", flags), throttle, variable, pipeline, body);
    }

    private StatementAst whileStatement(Token label, Token whileToken) {
        int start = startOf(label, whileToken);
        Token lParen = peekOperator("(");
        if (lParen == null) {
            return error(tokens.extent(start, whileToken.end()), null);
        }
        tokens.skipNewlines();
        PipelineBaseAst condition = expressions.pipelineChain();
        PipelineBaseAst errorCondition = condition;
        int conditionEnd = condition == null ? lParen.end() : condition.getExtent().getEndOffset();
        Token rParen = peekOperator(")");
        if (rParen == null) {
            return error(tokens.extent(start, condition == null ? lParen.end() : conditionEnd), nested(errorCondition));
        }
        tokens.skipNewlines();
        StatementBlockAst body = statementBlock();
        if (body == null || condition == null) {
            return error(tokens.extent(start, body == null ? rParen.end() : body.getExtent().getEndOffset()),
                    nested(errorCondition, body));
        }
        return new WhileStatementAst(tokens.extent(start, body.getExtent().getEndOffset()), labelText(label), condition, body);
    }

    private StatementAst doStatement(Token label, Token doToken) {
        int start = startOf(label, doToken);
        int endError = -1;
        Token rParen = null;
        Token whileOrUntil = null;
        PipelineBaseAst condition = null;
        StatementBlockAst body = statementBlock();
        if (body == null) {
            endError = doToken.end();
        } else {
            tokens.skipNewlines();
            whileOrUntil = tokens.peek(Mode.COMMAND);
            if (!AstTokens.isKeyword(whileOrUntil, "while", "until")) {
                endError = body.getExtent().getEndOffset();
            } else {
                tokens.next(Mode.COMMAND);
                Token lParen = peekOperator("(");
                if (lParen == null) {
                    endError = whileOrUntil.end();
                } else {
                    tokens.skipNewlines();
                    condition = expressions.pipelineChain();
                    if (condition == null) {
                        endError = lParen.end();
                    }
                    rParen = peekOperator(")");
                    if (rParen == null && condition != null) {
                        endError = condition.getExtent().getEndOffset();
                    }
                }
            }
        }
        if (endError >= 0) {
            return error(tokens.extent(start, endError), nested(body, condition));
        }
        ScriptExtent extent = tokens.extent(start, rParen.end());
        return whileOrUntil.text().equalsIgnoreCase("until")
                ? new DoUntilStatementAst(extent, labelText(label), body, condition)
                : new DoWhileStatementAst(extent, labelText(label), body, condition);
    }

    private StatementAst ifStatement(Token ifToken) {
        List<Object> clauses = new ArrayList<>();
        List<Ast> parts = new ArrayList<>();
        Token keyword = ifToken;
        StatementBlockAst elseBlock = null;
        int end = ifToken.end();
        while (true) {
            Token lParen = peekOperator("(");
            if (lParen == null) {
                return error(tokens.extent(ifToken.start(), keyword.end()), nested(parts));
            }
            tokens.skipNewlines();
            PipelineBaseAst condition = expressions.pipelineChain();
            if (condition == null) {
                return error(tokens.extent(ifToken.start(), lParen.end()), nested(parts));
            }
            Token rParen = peekOperator(")");
            if (rParen == null) {
                parts.add(condition);
                return error(tokens.extent(ifToken.start(), condition.getExtent().getEndOffset()), nested(parts));
            }
            StatementBlockAst body = statementBlock();
            if (body == null) {
                parts.add(condition);
                return error(tokens.extent(ifToken.start(), rParen.end()), nested(parts));
            }
            parts.add(condition);
            parts.add(body);
            clauses.add(new AstTuple(condition, body));
            end = body.getExtent().getEndOffset();
            int restore = tokens.offset();
            tokens.skipNewlines();
            Token next = tokens.peek(Mode.COMMAND);
            if (AstTokens.isKeyword(next, "elseif")) {
                keyword = tokens.next(Mode.COMMAND);
                continue;
            }
            if (AstTokens.isKeyword(next, "else")) {
                tokens.next(Mode.COMMAND);
                elseBlock = statementBlock();
                if (elseBlock == null) {
                    return error(tokens.extent(ifToken.start(), next.end()), nested(parts));
                }
                end = elseBlock.getExtent().getEndOffset();
            } else {
                tokens.rewind(restore);
            }
            break;
        }
        return new IfStatementAst(tokens.extent(ifToken.start(), end), clauses, parts, elseBlock);
    }

    private StatementAst trapStatement(Token trapToken) {
        int restore = tokens.offset();
        tokens.skipNewlines();
        AttributeBaseAst type = expressions.attribute();
        TypeConstraintAst constraint = type instanceof TypeConstraintAst c ? c : null;
        if (type != null && constraint == null) {
            tokens.rewind(restore);
        }
        StatementBlockAst body = statementBlock();
        if (body == null) {
            int end = constraint != null ? constraint.getExtent().getEndOffset() : trapToken.end();
            return error(tokens.extent(trapToken.start(), end), nested(constraint));
        }
        return new TrapStatementAst(tokens.extent(trapToken, body), constraint, body);
    }

    private StatementAst tryStatement(Token tryToken) {
        tokens.skipNewlines();
        StatementBlockAst body = statementBlock();
        if (body == null) {
            return error(tokens.extent(tryToken), null);
        }
        int[] endError = {-1};
        List<Ast> catches = new ArrayList<>();
        List<Ast> errorTypes = new ArrayList<>();
        CatchClauseAst clause;
        while ((clause = catchBlock(endError, errorTypes)) != null) {
            catches.add(clause);
        }
        tokens.skipNewlines();
        Token finallyToken = tokens.peek(Mode.COMMAND);
        StatementBlockAst finallyBlock = null;
        if (AstTokens.isKeyword(finallyToken, "finally")) {
            tokens.next(Mode.COMMAND);
            finallyBlock = statementBlock();
            if (finallyBlock == null) {
                endError[0] = finallyToken.end();
            }
        }
        if (catches.isEmpty() && finallyBlock == null && endError[0] < 0) {
            endError[0] = body.getExtent().getEndOffset();
        }
        if (endError[0] >= 0) {
            return error(tokens.extent(tryToken.start(), endError[0]), nested(body, catches, errorTypes));
        }
        Ast last = finallyBlock != null ? finallyBlock : catches.get(catches.size() - 1);
        return new TryStatementAst(tokens.extent(tryToken, last), body, catches, finallyBlock);
    }

    private CatchClauseAst catchBlock(int[] endError, List<Ast> errorTypes) {
        int before = tokens.offset();
        tokens.skipNewlines();
        Token catchToken = tokens.peek(Mode.COMMAND);
        if (!AstTokens.isKeyword(catchToken, "catch")) {
            tokens.rewind(before);
            return null;
        }
        tokens.next(Mode.COMMAND);
        List<Ast> types = new ArrayList<>();
        Token comma = null;
        while (true) {
            int restore = tokens.offset();
            tokens.skipNewlines();
            AttributeBaseAst type = expressions.attribute();
            if (type == null) {
                if (comma != null) {
                    endError[0] = comma.end();
                }
                break;
            }
            if (!(type instanceof TypeConstraintAst)) {
                tokens.rewind(restore);
                break;
            }
            types.add(type);
            tokens.skipNewlines();
            Token c = tokens.peek(Mode.EXPRESSION);
            if (!c.isOperator(",")) {
                comma = null;
                break;
            }
            comma = tokens.next(Mode.EXPRESSION);
        }
        StatementBlockAst handler = statementBlock();
        if (handler == null) {
            if (comma == null || endError[0] != comma.end()) {
                endError[0] = types.isEmpty() ? catchToken.end() : types.get(types.size() - 1).getExtent().getEndOffset();
            }
            errorTypes.addAll(types);
            return null;
        }
        return new CatchClauseAst(tokens.extent(catchToken, handler), types, handler);
    }

    private StatementAst dataStatement(Token dataToken) {
        int endError = -1;
        tokens.skipNewlines();
        Token name = tokens.peek(Mode.COMMAND);
        StringConstantExpressionAst nameAst = null;
        if (name.is(TokenKind.GENERIC) && !name.text().startsWith("-") && !name.text().startsWith("[")) {
            tokens.next(Mode.COMMAND);
            nameAst = new StringConstantExpressionAst(tokens.extent(name), name.stringValue(), "BareWord");
        }
        tokens.skipNewlines();
        Token supported = tokens.peek(Mode.COMMAND);
        List<Ast> commands = null;
        if (supported.is(TokenKind.PARAMETER)) {
            tokens.next(Mode.COMMAND);
            if (!"supportedcommand".startsWith(supported.stringValue().toLowerCase(java.util.Locale.ROOT))) {
                endError = supported.end();
            }
            Token comma = null;
            commands = new ArrayList<>();
            while (true) {
                tokens.skipNewlines();
                ExpressionAst command = expressions.singleCommandArgument();
                if (command == null) {
                    endError = comma != null ? comma.end() : supported.end();
                    break;
                }
                commands.add(command);
                Token c = tokens.peek(Mode.COMMAND);
                if (c.isOperator(",")) {
                    comma = tokens.next(Mode.COMMAND);
                    continue;
                }
                break;
            }
        }
        StatementBlockAst body = null;
        if (endError < 0) {
            body = statementBlock();
            if (body == null) {
                endError = commands != null ? commands.get(commands.size() - 1).getExtent().getEndOffset()
                        : nameAst != null ? nameAst.getExtent().getEndOffset() : dataToken.end();
            }
        }
        if (endError >= 0) {
            return error(tokens.extent(dataToken.start(), endError), nested(commands));
        }
        return new DataStatementAst(tokens.extent(dataToken, body), nameAst == null ? null : (String) nameAst.getValue(),
                commands, body);
    }

    private StatementAst functionDeclaration(Token functionToken) {
        tokens.skipNewlines();
        Token name = tokens.peek(Mode.COMMAND);
        if (name.is(TokenKind.EOF) || name.is(TokenKind.NEWLINE) || name.is(TokenKind.SEMICOLON)
                || name.is(TokenKind.VARIABLE) || name.is(TokenKind.SPLAT) || name.is(TokenKind.REDIRECTION)
                || name.is(TokenKind.LITERAL_STRING) || name.is(TokenKind.EXPANDABLE_STRING)
                || name.is(TokenKind.OPERATOR) && "|({)}&&||&@(@{".contains(name.text())) {
            return error(tokens.extent(functionToken), null);
        }
        tokens.next(Mode.COMMAND);
        int endError = -1;
        Token rParen = null;
        List<Ast> parameters = null;
        tokens.skipNewlines();
        Token lParen = tokens.peek(Mode.EXPRESSION);
        if (lParen.isOperator("(")) {
            tokens.next(Mode.EXPRESSION);
            parameters = parameterList();
            rParen = peekOperator(")");
            if (rParen == null) {
                endError = parameters.isEmpty() ? lParen.end() : parameters.get(parameters.size() - 1).getExtent().getEndOffset();
            }
            tokens.skipNewlines();
        }
        Token lCurly = tokens.peek(Mode.EXPRESSION);
        if (!lCurly.isOperator("{")) {
            if (endError < 0) {
                endError = (rParen != null ? rParen : name).end();
            }
        } else if (endError < 0) {
            tokens.next(Mode.EXPRESSION);
        }
        if (endError >= 0) {
            return error(tokens.extent(functionToken.start(), endError), parameters);
        }
        ScriptBlockAst body = parser.scriptBlock(lCurly);
        boolean isFilter = functionToken.text().equalsIgnoreCase("filter");
        boolean isWorkflow = functionToken.text().equalsIgnoreCase("workflow");
        return new FunctionDefinitionAst(tokens.extent(functionToken, body), isFilter, isWorkflow, name.stringValue(),
                parameters, body);
    }

    // ------------------------------------------------------------------ param blocks

    /** ParamBlockRule: [attributes] param ( parameters ); null when there is no param block. */
    ParamBlockAst paramBlock() {
        tokens.skipNewlines();
        List<Ast> attributes = expressions.attributeList();
        tokens.skipNewlines();
        Token param = tokens.peek(Mode.COMMAND);
        if (!AstTokens.isKeyword(param, "param")) {
            return null;
        }
        tokens.next(Mode.COMMAND);
        tokens.skipNewlines();
        Token lParen = tokens.peek(Mode.EXPRESSION);
        if (!lParen.isOperator("(")) {
            return null;
        }
        tokens.next(Mode.EXPRESSION);
        List<Ast> parameters = parameterList();
        tokens.skipNewlines();
        Token rParen = tokens.peek(Mode.EXPRESSION);
        int end;
        if (rParen.isOperator(")")) {
            tokens.next(Mode.EXPRESSION);
            end = rParen.end();
        } else {
            end = rParen.start();
        }
        List<Ast> kept = new ArrayList<>();
        for (Ast a : attributes) {
            if (a instanceof AttributeAst) {
                kept.add(a);
            }
        }
        return new ParamBlockAst(tokens.extent(param.start(), end), kept, parameters);
    }

    List<Ast> parameterList() {
        List<Ast> parameters = new ArrayList<>();
        while (true) {
            ParameterAst p = parameter();
            if (p == null) {
                break;
            }
            parameters.add(p);
            tokens.skipNewlines();
            if (!tokens.peek(Mode.EXPRESSION).isOperator(",")) {
                break;
            }
            tokens.next(Mode.EXPRESSION);
        }
        return parameters;
    }

    /** ParameterRule: [attributes] $name [= default]. */
    private ParameterAst parameter() {
        tokens.skipNewlines();
        List<Ast> attributes = expressions.attributeList();
        tokens.skipNewlines();
        Token v = tokens.peek(Mode.EXPRESSION);
        if (!v.is(TokenKind.VARIABLE) && !v.is(TokenKind.SPLAT)) {
            if (!attributes.isEmpty()) {
                ScriptExtent e = tokens.extent(attributes.get(0), attributes.get(attributes.size() - 1));
                return new ParameterAst(e, attributes, new VariableExpressionAst(e, "__error__", false), null);
            }
            return null;
        }
        tokens.next(Mode.EXPRESSION);
        VariableExpressionAst name = expressions.variable(v);
        ExpressionAst defaultValue = null;
        tokens.skipNewlines();
        if (tokens.peek(Mode.EXPRESSION).isOperator("=")) {
            tokens.next(Mode.EXPRESSION);
            tokens.skipNewlines();
            defaultValue = expressions.expressionNoComma();
        }
        int start = attributes.isEmpty() ? v.start() : attributes.get(0).getExtent().getStartOffset();
        int end = defaultValue == null ? v.end() : defaultValue.getExtent().getEndOffset();
        return new ParameterAst(tokens.extent(start, end), attributes, name, defaultValue);
    }

    // ------------------------------------------------------------------ switch

    private StatementAst switchStatement(Token label, Token switchToken) {
        int start = startOf(label, switchToken);
        int endError = (label != null ? label : switchToken).end();
        boolean isError = false;
        boolean incomplete = false;
        tokens.skipNewlines();
        boolean needCondition = false;
        PipelineBaseAst condition = null;
        AstFlags flags = null;
        boolean file = false;
        while (tokens.peek(Mode.COMMAND).is(TokenKind.PARAMETER)) {
            Token p = tokens.next(Mode.COMMAND);
            endError = p.end();
            if (flags == null) {
                flags = new AstFlags();
            }
            String name = p.stringValue().toLowerCase(java.util.Locale.ROOT);
            String flag = null;
            for (String f : new String[] {"regex", "wildcard", "exact", "casesensitive", "parallel"}) {
                if (!name.isEmpty() && f.startsWith(name)) {
                    flag = f;
                }
            }
            if (flag != null) {
                flags.putIfAbsent(flag, new AstTuple(p.text(), null));
            } else if (!name.isEmpty() && "file".startsWith(name)) {
                file = true;
                tokens.skipNewlines();
                ExpressionAst fileName = expressions.singleCommandArgument();
                if (fileName == null) {
                    isError = true;
                    incomplete = true;
                    flags.putIfAbsent("file", new AstTuple(p.text(), null));
                } else {
                    endError = fileName.getExtent().getEndOffset();
                    condition = new PipelineAst(fileName.getExtent(),
                            List.of(new CommandExpressionAst(fileName.getExtent(), fileName, List.of())), false);
                    flags.putIfAbsent("file", new AstTuple(p.text(), condition));
                }
            } else {
                isError = true;
            }
        }
        Token lParen = tokens.peek(Mode.EXPRESSION);
        if (lParen.isOperator("(")) {
            endError = lParen.end();
            tokens.next(Mode.EXPRESSION);
            if (file) {
                isError = true;
            }
            needCondition = true;
            tokens.skipNewlines();
            condition = expressions.pipelineChain();
            if (condition == null) {
                isError = true;
                incomplete = true;
            } else {
                endError = condition.getExtent().getEndOffset();
            }
            Token rParen = peekOperator(")");
            if (rParen == null) {
                if (!incomplete) {
                    isError = true;
                    incomplete = true;
                }
            } else {
                endError = rParen.end();
            }
        } else if (condition == null) {
            if (!file) {
                isError = true;
                incomplete = true;
            }
        }
        tokens.skipNewlines();
        Token lCurly = tokens.peek(Mode.EXPRESSION);
        List<Ast> errorAsts = new ArrayList<>();
        List<Object> clauses = new ArrayList<>();
        StatementBlockAst defaultBlock = null;
        Token rCurly = null;
        if (!lCurly.isOperator("{")) {
            if (!incomplete) {
                isError = true;
            }
        } else {
            tokens.next(Mode.EXPRESSION);
            endError = lCurly.end();
            tokens.skipNewlines();
            while (true) {
                Token t = tokens.peek(Mode.COMMAND);
                boolean isDefault = AstTokens.isKeyword(t, "default");
                ExpressionAst clauseCondition;
                if (isDefault) {
                    tokens.next(Mode.COMMAND);
                    clauseCondition = new StringConstantExpressionAst(tokens.extent(t), t.text(), "BareWord");
                } else {
                    clauseCondition = expressions.singleCommandArgument();
                    if (clauseCondition == null) {
                        isError = true;
                        if (tokens.peek(Mode.EXPRESSION).isOperator("}")) {
                            tokens.next(Mode.EXPRESSION);
                        }
                        break;
                    }
                }
                errorAsts.add(clauseCondition);
                endError = clauseCondition.getExtent().getEndOffset();
                StatementBlockAst clauseBody = statementBlock();
                if (clauseBody == null) {
                    isError = true;
                    incomplete = true;
                } else {
                    errorAsts.add(clauseBody);
                    endError = clauseBody.getExtent().getEndOffset();
                    if (isDefault) {
                        if (defaultBlock != null) {
                            isError = true;
                        }
                        defaultBlock = clauseBody;
                    } else {
                        clauses.add(new AstTuple(clauseCondition, clauseBody));
                    }
                }
                tokens.skipNewlinesAndSemicolons();
                Token next = tokens.peek(Mode.EXPRESSION);
                if (next.isOperator("}")) {
                    rCurly = tokens.next(Mode.EXPRESSION);
                    break;
                }
                if (next.is(TokenKind.EOF)) {
                    isError = true;
                    break;
                }
            }
        }
        if (isError) {
            return new ErrorStatementAst(tokens.extent(start, endError), switchToken.text(), flags,
                    needCondition ? nested(condition) : null, nested(errorAsts), null);
        }
        List<Ast> parts = new ArrayList<>();
        for (Object c : clauses) {
            parts.add((Ast) ((AstTuple) c).getItem1());
            parts.add((Ast) ((AstTuple) c).getItem2());
        }
        return new SwitchStatementAst(tokens.extent(start, rCurly.end()), labelText(label),
                "None", condition, clauses, parts, defaultBlock);
    }
}
