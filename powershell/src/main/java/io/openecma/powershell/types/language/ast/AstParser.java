package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.lexer.Lexer.Mode;
import io.openecma.powershell.lexer.Token;
import io.openecma.powershell.lexer.TokenKind;
import io.openecma.powershell.types.language.ScriptExtent;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds PowerShell's public AST (System.Management.Automation.Language) for
 * {@code [Parser]::ParseInput}: script blocks, named blocks and statements, with Parser.cs's error
 * recovery (an incomplete statement becomes an ErrorStatementAst holding what was parsed). It is
 * separate from the engine's own parser, which scripts run from; pipelines and expressions are in
 * {@link AstExpressionRules}.
 */
public final class AstParser {

    private final AstTokens tokens;
    private final AstExpressionRules expressions;
    private final StatementRules statements;

    private AstParser(String text) {
        this.tokens = new AstTokens(text);
        this.expressions = new AstExpressionRules(tokens, this);
        this.statements = new StatementRules(tokens, this, expressions);
    }

    /** Parses a whole script (ScriptBlockRule with no '{'): its extent is the whole text. */
    public static ScriptBlockAst parse(String text) {
        return new AstParser(text == null ? "" : text).scriptBlock(null);
    }

    /** Parses a whole script and lists its tokens ({@code [ref]$tokens} of ParseInput) into {@code tokensOut}. */
    public static ScriptBlockAst parse(String text, List<PsToken> tokensOut) {
        String script = text == null ? "" : text;
        AstParser parser = new AstParser(script);
        ScriptBlockAst ast = parser.scriptBlock(null);
        tokensOut.addAll(PsToken.of(script, parser.tokens.consumed()));
        return ast;
    }

    /** ScriptBlockRule: [param block] then named blocks or a statement list; lCurly null at top level. */
    ScriptBlockAst scriptBlock(Token lCurly) {
        tokens.skipNewlines();
        int restore = tokens.offset();
        ParamBlockAst paramBlock = statements.paramBlock();
        if (paramBlock == null) {
            tokens.rewind(restore);
        }
        tokens.skipNewlinesAndSemicolons();
        Token first = tokens.peek(Mode.COMMAND);
        if (AstTokens.isKeyword(first, "begin", "process", "end", "dynamicparam", "clean")) {
            return namedBlocks(lCurly, paramBlock);
        }
        List<Ast> all = new ArrayList<>();
        ScriptExtent listExtent = paramBlock == null ? null : paramBlock.getExtent();
        ScriptExtent full;
        while (true) {
            ScriptExtent e = statements.statementList(all);
            if (listExtent == null) {
                listExtent = e;
            } else if (e != null) {
                listExtent = tokens.extent(listExtent.getStartOffset(), e.getEndOffset());
            }
            ScriptExtent[] done = completeBody(lCurly, listExtent);
            if (done != null) {
                full = done[0];
                listExtent = done[1];
                break;
            }
        }
        StatementBlockAst block = statements.statementBlockOf(listExtent == null ? tokens.extent(0, 0) : listExtent, all);
        NamedBlockAst end = new NamedBlockAst(block.getExtent(), block.getStatements(), block.getTraps(), PsTokenKind.End, true);
        return new ScriptBlockAst(full, null, null, paramBlock, null, null, null, end, null, null);
    }

    /**
     * CompleteScriptBlockBody: the '}' of a nested block (or the end of the script). Returns
     * {full extent, body extent}, or null when a stray token at top level was skipped and the
     * statement list goes on.
     */
    private ScriptExtent[] completeBody(Token lCurly, ScriptExtent body) {
        if (lCurly != null) {
            Token r = tokens.peek(Mode.EXPRESSION);
            ScriptExtent endOf;
            if (!r.isOperator("}")) {
                endOf = body != null ? body : tokens.extent(lCurly);
            } else {
                tokens.next(Mode.EXPRESSION);
                endOf = tokens.extent(r);
                if (body == null && lCurly.end() != r.start()) {
                    body = tokens.extent(lCurly.end(), r.start());
                }
            }
            return new ScriptExtent[] {tokens.extent(lCurly.start(), endOf.getEndOffset()), body};
        }
        Token t = tokens.next(Mode.COMMAND);
        if (!t.is(TokenKind.EOF)) {
            return null;
        }
        return new ScriptExtent[] {tokens.extent(0, tokens.text().length()), body};
    }

    /** NamedBlockListRule: begin/process/end/clean/dynamicparam blocks, a missing body is an empty block. */
    private ScriptBlockAst namedBlocks(Token lCurly, ParamBlockAst paramBlock) {
        NamedBlockAst[] blocks = new NamedBlockAst[5];
        String[] names = {"dynamicparam", "begin", "process", "end", "clean"};
        String[] kinds = {"Dynamicparam", "Begin", "Process", "End", "Clean"};
        int start = lCurly != null ? lCurly.start() : paramBlock != null ? paramBlock.getExtent().getStartOffset() : -1;
        int end = -1;
        ScriptExtent full = null;
        while (true) {
            Token name = tokens.next(Mode.COMMAND);
            int which = -1;
            for (int i = 0; i < names.length; i++) {
                if (AstTokens.isKeyword(name, names[i])) {
                    which = i;
                }
            }
            if (which < 0) {
                if (name.is(TokenKind.EOF) || name.isOperator("}")) {
                    tokens.rewind(name.start());
                    int s = start < 0 ? name.start() : start;
                    ScriptExtent body = tokens.extent(s, end < 0 ? s : end);
                    full = completeBody(lCurly, body)[0];
                } else {
                    full = lCurly != null ? tokens.extent(start, end) : tokens.extent(0, tokens.text().length());
                    if (lCurly != null) {
                        tokens.rewind(name.start());
                    }
                }
                break;
            }
            if (start < 0) {
                start = name.start();
            }
            end = name.end();
            StatementBlockAst block = statements.statementBlock();
            if (block == null) {
                block = new StatementBlockAst(tokens.extent(name), List.of(), List.of());
            } else {
                end = block.getExtent().getEndOffset();
            }
            ScriptExtent extent = tokens.extent(name.start(), end);
            if (blocks[which] == null) {
                blocks[which] = new NamedBlockAst(extent, block.getStatements(), block.getTraps(),
                        PsTokenKind.valueOf(kinds[which]), false);
            }
            tokens.skipNewlinesAndSemicolons();
        }
        if (full == null) {
            full = tokens.extent(0, tokens.text().length());
        }
        return new ScriptBlockAst(full, null, null, paramBlock, blocks[0], blocks[1], blocks[2], blocks[3], blocks[4], null);
    }

    StatementRules statements() {
        return statements;
    }
}
