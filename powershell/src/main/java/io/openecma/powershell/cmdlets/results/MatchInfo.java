package io.openecma.powershell.cmdlets.results;

import java.util.ArrayList;
import java.util.List;

/**
 * Microsoft.PowerShell.Commands.MatchInfo: one line Select-String matched. ToString() is the line
 * for piped text and "path:line:text" for a file; with -Context the neighbour lines are added,
 * the matched line marked "> " and the others indented "  ".
 */
public final class MatchInfo {
    private final boolean ignoreCase;
    private final int lineNumber;
    private final String line;
    private final String path;
    private final boolean fromFile;
    private final String pattern;
    private final Object[] matches;
    private final MatchInfoContext context;

    public MatchInfo(boolean ignoreCase, int lineNumber, String line, String path, boolean fromFile, String pattern,
                     Object[] matches, MatchInfoContext context) {
        this.ignoreCase = ignoreCase;
        this.lineNumber = lineNumber;
        this.line = line;
        this.path = path;
        this.fromFile = fromFile;
        this.pattern = pattern;
        this.matches = matches.clone();
        this.context = context;
    }

    public boolean getIgnoreCase() {
        return ignoreCase;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getLine() {
        return line;
    }

    public String getPath() {
        return path;
    }

    public String getFilename() {
        if (!fromFile) {
            return path;
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    public String getPattern() {
        return pattern;
    }

    public Object[] getMatches() {
        return matches.clone();
    }

    public MatchInfoContext getContext() {
        return context;
    }

    @Override
    public String toString() {
        if (context == null) {
            return format(line, lineNumber, "");
        }
        List<String> lines = new ArrayList<>();
        int number = lineNumber - context.pre().size();
        for (String s : context.pre()) {
            lines.add(format(s, number++, "  "));
        }
        lines.add(format(line, number++, "> "));
        for (String s : context.post()) {
            lines.add(format(s, number++, "  "));
        }
        return String.join("\r\n", lines);
    }

    private String format(String text, int number, String prefix) {
        return fromFile ? prefix + path + ":" + number + ":" + text : prefix + text;
    }
}
