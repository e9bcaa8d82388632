package io.openecma.powershell.cmdlets.addtype;

import java.util.ArrayList;
import java.util.List;

/** Splits C# source into tokens (comments, preprocessor lines and white space dropped). */
final class CSharpLexer {

    private static final String[] PUNCTUATION = {
        "<<=", ">>=", "??=", "...", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
        "^=", "<<", "=>", "::", "??", "?.", "{", "}", "(", ")", "[", "]", ";", ",", ".", ":", "?", "+", "-", "*", "/", "%",
        "&", "|", "^", "!", "~", "=", "<", ">", "@", "$", "#"
    };

    private final String src;
    /** #warning directives seen, reported as compiler warnings. */
    final List<CSharpCompileError> warnings = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    private CSharpLexer(String src) {
        this.src = src;
    }

    static List<CSharpToken> tokenize(String source) {
        return new CSharpLexer(source).run();
    }

    static CSharpLexer of(String source) {
        return new CSharpLexer(source);
    }

    List<CSharpToken> tokens() {
        return run();
    }

    private List<CSharpToken> run() {
        List<CSharpToken> out = new ArrayList<>();
        while (true) {
            skipTrivia();
            if (pos >= src.length()) {
                out.add(new CSharpToken(CSharpToken.Kind.END, "", line, pos - lineStart + 1));
                return out;
            }
            out.add(next());
        }
    }

    private void skipTrivia() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                pos++;
                line++;
                lineStart = pos;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '#' && onlyWhitespaceBefore()) {
                directive();
            } else if (src.startsWith("//", pos)) {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (src.startsWith("/*", pos)) {
                int end = src.indexOf("*/", pos + 2);
                int stop = end < 0 ? src.length() : end + 2;
                while (pos < stop) {
                    if (src.charAt(pos++) == '\n') {
                        line++;
                        lineStart = pos;
                    }
                }
            } else {
                return;
            }
        }
    }

    /**
     * A preprocessor line: #region, #pragma and #nullable change nothing here; #warning is a
     * warning diagnostic; conditional compilation and #error are outside the subset.
     */
    private void directive() {
        int col = pos - lineStart + 1;
        int end = src.indexOf('\n', pos);
        String text = src.substring(pos + 1, end < 0 ? src.length() : end).strip();
        pos = end < 0 ? src.length() : end;
        String name = text.split("\\s+", 2)[0];
        switch (name) {
            case "region", "endregion", "pragma", "nullable", "line" -> {
            }
            case "warning" -> warnings.add(new CSharpCompileError(line, col, "CS1030", "#warning: '" + text.substring(7).strip() + "'"));
            default -> throw CSharpCompileError.unsupported(new CSharpToken(CSharpToken.Kind.PUNCTUATION, "#", line, col),
                    "The preprocessor directive '#" + name + "'");
        }
    }

    private boolean onlyWhitespaceBefore() {
        return src.substring(lineStart, pos).isBlank();
    }

    private CSharpToken next() {
        int col = pos - lineStart + 1;
        char c = src.charAt(pos);
        if (Character.isLetter(c) || c == '_' || (c == '@' && pos + 1 < src.length() && Character.isLetter(src.charAt(pos + 1)))) {
            int start = c == '@' ? ++pos : pos;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
            return new CSharpToken(CSharpToken.Kind.IDENTIFIER, src.substring(start, pos), line, col);
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
            int start = pos;
            if (src.startsWith("0x", pos) || src.startsWith("0X", pos)) {
                pos += 2;
            }
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
                    || (src.charAt(pos) == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1))))) {
                pos++;
            }
            return new CSharpToken(CSharpToken.Kind.NUMBER, src.substring(start, pos).replace("_", ""), line, col);
        }
        if (c == '"' || src.startsWith("@\"", pos)) {
            return new CSharpToken(CSharpToken.Kind.STRING, c == '@' ? verbatim() : regular('"', col), line, col);
        }
        if (c == '\'') {
            return new CSharpToken(CSharpToken.Kind.CHAR, regular('\'', col), line, col);
        }
        for (String p : PUNCTUATION) {
            if (src.startsWith(p, pos)) {
                pos += p.length();
                return new CSharpToken(CSharpToken.Kind.PUNCTUATION, p, line, col);
            }
        }
        throw new CSharpCompileError(line, col, "CS1056", "Unexpected character '" + c + "'");
    }

    private String verbatim() {
        pos += 2;
        StringBuilder sb = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == '"') {
                if (pos < src.length() && src.charAt(pos) == '"') {
                    pos++;
                } else {
                    return sb.toString();
                }
            } else if (c == '\n') {
                line++;
                lineStart = pos;
            }
            sb.append(c);
        }
        throw new CSharpCompileError(line, 1, "CS1039", "Unterminated string literal");
    }

    private String regular(char quote, int col) {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < src.length() && src.charAt(pos) != quote) {
            char c = src.charAt(pos++);
            if (c == '\n') {
                throw new CSharpCompileError(line, col, "CS1010", "Newline in constant");
            }
            if (c == '\\' && pos < src.length()) {
                char e = src.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case '0' -> sb.append('\0');
                    case 'a' -> sb.append('\u0007');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'v' -> sb.append('\u000b');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    case '\\', '\'', '"' -> sb.append(e);
                    default -> throw new CSharpCompileError(line, col, "CS1009", "Unrecognized escape sequence");
                }
            } else {
                sb.append(c);
            }
        }
        if (pos >= src.length()) {
            throw new CSharpCompileError(line, col, "CS1010", "Newline in constant");
        }
        pos++;
        return sb.toString();
    }
}
