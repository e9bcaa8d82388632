package io.openecma.powershell.cmdlets.help;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of a comment help block (HelpCommentsParser.AnalyzeCommentBlock): a block is help
 * when every non-blank line belongs to a known directive's section ({@code .SYNOPSIS},
 * {@code .PARAMETER name}, {@code .EXAMPLE}, ...); one unknown directive or stray text before the
 * first directive makes it no help at all.
 */
final class CommentHelpText {

    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*\\.(\\w+)(\\s+(\\S.*))?\\s*$");
    private static final Pattern BLANK = Pattern.compile("^\\s*$");

    String synopsis;
    String description;
    String notes;
    String component;
    String role;
    String functionality;
    String forwardHelpTargetName;
    String forwardHelpCategory;
    String remoteHelpRunspace;
    String externalHelp;
    final List<String> examples = new ArrayList<>();
    final List<String> inputs = new ArrayList<>();
    final List<String> outputs = new ArrayList<>();
    final List<String> links = new ArrayList<>();
    /** .PARAMETER sections by upper-cased name; the first one for a name wins. */
    final Map<String, String> parameters = new LinkedHashMap<>();

    static boolean isHelp(List<String> comments) {
        return !comments.isEmpty() && new CommentHelpText().analyze(comments);
    }

    /** Reads the block; true when it is help (at least one directive and nothing else). */
    boolean analyze(List<String> comments) {
        List<String> lines = new ArrayList<>();
        for (String c : comments) {
            collectLines(c, lines);
        }
        boolean directiveFound = false;
        int[] i = {0};
        for (; i[0] < lines.size(); i[0]++) {
            Matcher m = DIRECTIVE.matcher(lines.get(i[0]));
            if (!m.matches()) {
                if (!BLANK.matcher(lines.get(i[0])).matches()) {
                    return false;
                }
                continue;
            }
            directiveFound = true;
            String name = m.group(1).toUpperCase(Locale.ROOT);
            if (m.group(3) != null) {
                String value = m.group(3).trim();
                switch (name) {
                    case "PARAMETER" -> parameters.putIfAbsent(value.toUpperCase(Locale.ROOT), section(lines, i));
                    case "FORWARDHELPTARGETNAME" -> forwardHelpTargetName = value;
                    case "FORWARDHELPCATEGORY" -> forwardHelpCategory = value;
                    case "REMOTEHELPRUNSPACE" -> remoteHelpRunspace = value;
                    case "EXTERNALHELP" -> externalHelp = value;
                    default -> {
                        return false;
                    }
                }
            } else {
                switch (name) {
                    case "SYNOPSIS" -> synopsis = section(lines, i);
                    case "DESCRIPTION" -> description = section(lines, i);
                    case "NOTES" -> notes = section(lines, i);
                    case "LINK" -> links.add(section(lines, i).trim());
                    case "EXAMPLE" -> examples.add(section(lines, i));
                    case "INPUTS" -> inputs.add(section(lines, i));
                    case "OUTPUTS" -> outputs.add(section(lines, i));
                    case "COMPONENT" -> component = section(lines, i).trim();
                    case "ROLE" -> role = section(lines, i).trim();
                    case "FUNCTIONALITY" -> functionality = section(lines, i).trim();
                    default -> {
                        return false;
                    }
                }
            }
        }
        return directiveFound;
    }

    /** A comment's lines: a block comment's inside split at line ends, a line comment without its leading #s. */
    static void collectLines(String text, List<String> lines) {
        if (text.startsWith("<#")) {
            int start = 2;
            int end = text.length() - 2;
            int i;
            for (i = 2; i < end; i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    lines.add(text.substring(start, i));
                    start = i + 1;
                } else if (c == '\r') {
                    lines.add(text.substring(start, i));
                    if (text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
            lines.add(text.substring(Math.min(start, end), end));
        } else {
            int i = 0;
            while (i < text.length() && text.charAt(i) == '#') {
                i++;
            }
            lines.add(text.substring(i));
        }
    }

    /**
     * A section's text from the line after {@code at[0]} to the next directive (GetSection): blank
     * lines before it are skipped, and each line loses as much leading white space as the first had.
     * Leaves {@code at[0]} on the last line read.
     */
    static String section(List<String> lines, int[] at) {
        boolean capturing = false;
        int indent = 0;
        StringBuilder sb = new StringBuilder();
        for (at[0]++; at[0] < lines.size(); at[0]++) {
            String line = lines.get(at[0]);
            if (!capturing && BLANK.matcher(line).matches()) {
                continue;
            }
            if (DIRECTIVE.matcher(line).matches()) {
                at[0]--;
                break;
            }
            if (!capturing) {
                while (indent < line.length() && isIndent(line.charAt(indent))) {
                    indent++;
                }
            }
            capturing = true;
            int start = 0;
            while (start < line.length() && start < indent && isIndent(line.charAt(start))) {
                start++;
            }
            sb.append(line, start, line.length()).append('\n');
        }
        return sb.toString();
    }

    private static boolean isIndent(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }
}
