package io.openecma.powershell.cmdlets.help;

import io.openecma.powershell.ast.HelpSite;
import io.openecma.powershell.ast.Parameter;
import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.ast.Statement;
import io.openecma.powershell.cmdlets.help.HelpTokens.Kind;
import io.openecma.powershell.cmdlets.help.HelpTokens.Tok;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds the comment block that is a command's help (HelpCommentsParser.GetHelpCommentTokens):
 * for a function the block just before the {@code function} keyword (at most one blank line
 * between), else the first help block inside the body, else the last one before its closing
 * brace; for a script the first help block unless it belongs to a function right after it. Also
 * the comments on each parameter (GetParameterComments).
 */
final class HelpCommentLocator {

    /** How many lines may separate a comment block from what it documents (CommentBlockProximity). */
    private static final int PROXIMITY = 2;

    /** The help block's comment texts and one description per parameter (possibly empty). */
    record Found(List<String> comments, List<String> parameterDescriptions) {
    }

    private HelpCommentLocator() {
    }

    /** The help comments of a body with a known place, or null when it has none. */
    static Found locate(ScriptBlockBody body, List<Parameter> parameters) {
        HelpSite site = body.helpSite();
        if (site == null) {
            return null;
        }
        String source = site.source();
        List<Tok> tokens = HelpTokens.of(source, site.comments());
        int start;
        int last;
        int saved;
        if (site.kind() == HelpSite.Kind.FUNCTION) {
            int keyword = HelpTokens.firstAtOrAfter(tokens, site.keywordStart(), 0);
            saved = keyword;
            List<Tok> block = precedingBlock(tokens, keyword, PROXIMITY);
            if (CommentHelpText.isHelp(texts(source, block))) {
                return found(source, tokens, block, parameters, saved);
            }
            start = HelpTokens.firstAtOrAfter(tokens, site.bodyOpen(), keyword) + 1;
            last = HelpTokens.lastBefore(tokens, site.bodyClose() + 1, keyword);
        } else if (site.kind() == HelpSite.Kind.SCRIPT) {
            start = 0;
            saved = 0;
            last = tokens.size() - 1;
        } else {
            start = HelpTokens.firstAtOrAfter(tokens, site.bodyOpen(), 0) + 1;
            saved = start;
            last = HelpTokens.lastBefore(tokens, site.bodyClose() + 1, start);
        }
        int[] at = {start};
        while (true) {
            List<Tok> block = commentBlock(tokens, at);
            if (block.isEmpty()) {
                break;
            }
            if (!CommentHelpText.isHelp(texts(source, block))) {
                continue;
            }
            if (site.kind() == HelpSite.Kind.SCRIPT && belongsToFirstFunction(body, block)) {
                break;
            }
            return found(source, tokens, block, parameters, saved);
        }
        List<Tok> block = precedingBlock(tokens, last, tokens.get(last).startLine());
        if (CommentHelpText.isHelp(texts(source, block))) {
            return found(source, tokens, block, parameters, saved);
        }
        return null;
    }

    /** A script's first block is the first function's when that function starts within two lines of it. */
    private static boolean belongsToFirstFunction(ScriptBlockBody body, List<Tok> block) {
        if (body.begin() != null || body.process() != null || body.end() == null || body.end().statements().isEmpty()) {
            return false;
        }
        Statement first = body.end().statements().get(0);
        if (!(first instanceof Statement.FunctionDefinition f)) {
            return false;
        }
        int linesBetween = f.position().line() - block.get(block.size() - 1).endLine();
        return linesBetween <= PROXIMITY;
    }

    private static Found found(String source, List<Tok> tokens, List<Tok> block, List<Parameter> parameters, int from) {
        return new Found(texts(source, block), parameterComments(source, tokens, parameters, from));
    }

    static List<String> texts(String source, List<Tok> block) {
        List<String> out = new ArrayList<>();
        for (Tok t : block) {
            out.add(HelpTokens.text(source, t));
        }
        return out;
    }

    /** Comments that follow the start, each on the line the previous one ends or the next (GetCommentBlock). */
    private static List<Tok> commentBlock(List<Tok> tokens, int[] at) {
        List<Tok> result = new ArrayList<>();
        int nextMaxStartLine = Integer.MAX_VALUE;
        for (int i = at[0]; i < tokens.size(); i++) {
            Tok t = tokens.get(i);
            if (t.startLine() > nextMaxStartLine) {
                at[0] = i;
                return result;
            }
            if (t.kind() == Kind.COMMENT) {
                result.add(t);
                nextMaxStartLine = t.endLine() + 1;
            } else if (t.kind() != Kind.NEWLINE) {
                at[0] = i;
                return result;
            }
        }
        at[0] = tokens.size();
        return result;
    }

    /** Comments right before a token, none more than {@code proximity} lines away (GetPrecedingCommentBlock). */
    private static List<Tok> precedingBlock(List<Tok> tokens, int index, int proximity) {
        List<Tok> result = new ArrayList<>();
        if (index < 0 || index >= tokens.size()) {
            return result;
        }
        int minEndLine = tokens.get(index).startLine() - proximity;
        for (int i = index - 1; i >= 0; i--) {
            Tok t = tokens.get(i);
            if (t.endLine() < minEndLine) {
                break;
            }
            if (t.kind() == Kind.COMMENT) {
                result.add(t);
                minEndLine = t.startLine() - 1;
            } else if (t.kind() != Kind.NEWLINE) {
                break;
            }
        }
        Collections.reverse(result);
        return result;
    }

    /** Each parameter's comments: just before it, inside it, and right after it (GetParameterComments). */
    private static List<String> parameterComments(String source, List<Tok> tokens, List<Parameter> parameters, int from) {
        List<String> result = new ArrayList<>();
        for (Parameter p : parameters) {
            if (p.start() < 0) {
                result.add("");
                continue;
            }
            List<String> lines = new ArrayList<>();
            int first = HelpTokens.firstAtOrAfter(tokens, p.start(), from);
            for (Tok t : precedingBlock(tokens, first, PROXIMITY)) {
                CommentHelpText.collectLines(HelpTokens.text(source, t), lines);
            }
            int last = HelpTokens.lastBefore(tokens, p.end(), first);
            for (int i = first; i < last; i++) {
                if (tokens.get(i).kind() == Kind.COMMENT) {
                    CommentHelpText.collectLines(HelpTokens.text(source, tokens.get(i)), lines);
                }
            }
            int[] after = {last + 1};
            for (Tok t : commentBlock(tokens, after)) {
                CommentHelpText.collectLines(HelpTokens.text(source, t), lines);
            }
            int[] i = {-1};
            result.add(CommentHelpText.section(lines, i));
        }
        return result;
    }
}
