package io.openecma.powershell.pester;

import io.openecma.powershell.ast.CommandElement;
import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.PipelineElement;
import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the It blocks of a script without running it, so that a file or Describe that fails before
 * its tests run counts every one of them as failed instead of counting nothing.
 */
final class ItSites {

    /** One It command in the source: its name as written (placeholders unexpanded) and its line. */
    record Site(String name, int line) {
    }

    private static final Pattern PLAIN_IT = Pattern.compile("^\\s*It\\s+(?:-Name\\s+)?(['\"])(.*?)\\1",
            Pattern.CASE_INSENSITIVE);

    private ItSites() {
    }

    /** The It commands anywhere under {@code node} (an AST node or a list of them). */
    static List<Site> in(Object node) {
        List<Site> sites = new ArrayList<>();
        AstWalk.walk(node, n -> {
            if (n instanceof PipelineElement.Command c && "It".equalsIgnoreCase(AstWalk.commandName(c))) {
                sites.add(new Site(firstArgumentText(c), keyLine(c)));
            }
        });
        return sites;
    }

    /** The It commands of a whole file: from its AST, or by a line scan when it does not parse. */
    static List<Site> inFile(String fileName, String text) {
        try {
            ScriptBlockBody body = Parser.parseScript(fileName, text);
            return in(body);
        } catch (RuntimeException parseFailure) {
            return byLineScan(text);
        }
    }

    static List<Site> byLineScan(String text) {
        List<Site> sites = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = PLAIN_IT.matcher(lines[i]);
            if (m.find()) {
                sites.add(new Site(m.group(2), i + 1));
            }
        }
        return sites;
    }

    /**
     * The line that identifies an It: where its test script block starts (what the running It
     * command sees too), else the command's own line.
     */
    private static int keyLine(PipelineElement.Command c) {
        for (CommandElement e : c.elements()) {
            Expression value = e instanceof CommandElement.Argument a ? a.value()
                    : e instanceof CommandElement.ParameterName p ? p.argument() : null;
            if (value instanceof Expression.ScriptBlock sb) {
                return sb.body().position().line();
            }
        }
        return c.position().line();
    }

    private static String firstArgumentText(PipelineElement.Command c) {
        for (int i = 0; i < c.elements().size(); i++) {
            CommandElement e = c.elements().get(i);
            if (e instanceof CommandElement.ParameterName p) {
                if (p.name().equalsIgnoreCase("Name") && p.argument() != null) {
                    return textOf(p.argument());
                }
                if (p.name().equalsIgnoreCase("Name") && i + 1 < c.elements().size()
                        && c.elements().get(i + 1) instanceof CommandElement.Argument a) {
                    return textOf(a.value());
                }
                continue;
            }
            if (e instanceof CommandElement.Argument a) {
                return textOf(a.value());
            }
        }
        return "(unnamed It)";
    }

    private static String textOf(Expression e) {
        if (e instanceof Expression.StringConstant s) {
            return s.value();
        }
        if (e instanceof Expression.ExpandableString x) {
            StringBuilder b = new StringBuilder();
            for (Object part : x.parts()) {
                b.append(part instanceof String s ? s : "$(...)");
            }
            return b.toString();
        }
        return "(It at line " + e.position().line() + ")";
    }
}
