package io.openecma.powershell.parser;

import io.openecma.powershell.lexer.Lexer;
import io.openecma.powershell.lexer.Lexer.Mode;
import io.openecma.powershell.lexer.Token;
import io.openecma.powershell.lexer.TokenKind;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of each {@code #requires} comment (Tokenizer.cs GetScriptRequirements): its text after
 * '#' is read as a command that must be named {@code requires}, else ScriptRequiresInvalidFormat;
 * a {@code -Version} argument must be major[.minor[.build[.revision]]] (Utils.StringToVersion),
 * else RequiresVersionInvalid. What the requirements ask for is not checked here.
 */
final class RequiresComments {

    private static final String INVALID_FORMAT = "Cannot process the #requires statement because it is not in the correct format.\n"
            + "The #requires statement must be in one of the following formats:\n"
            + " \"#requires -shellid <shellID>\"\n"
            + " \"#requires -version <major.minor>\"\n"
            + " \"#requires -psedition <edition>\"\n"
            + " \"#requires -pssnapin <psSnapInName> [-version <major.minor>]\"\n"
            + " \"#requires -modules <ModuleSpecification>\"\n"
            + " \"#requires -runasadministrator\"";
    private static final String VERSION_INVALID = "The argument for the Version parameter is not valid. "
            + "Specify a valid PowerShell version, in the format major.minor version.";
    /** System.Version.TryParse after StringToVersion adds ".0" to a lone major: 2 to 4 non-negative parts. */
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){1,3}");

    private RequiresComments() {
    }

    static void check(Parser p) {
        String text = p.lexer.text();
        for (int hash : p.lexer.requiresComments()) {
            int end = hash;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(hash + 1, end);
            try {
                checkOne(p, line, hash + 1);
            } catch (ParseException e) {
                // Text that does not even tokenize (an unclosed string) is not a #requires command.
                p.report(new ParseException("ScriptRequiresInvalidFormat", INVALID_FORMAT, p.lexer.positionAt(hash + 1),
                        hash + 1, end, false, false));
            }
        }
    }

    private static void checkOne(Parser p, String line, int base) {
        Lexer lexer = new Lexer(null, line);
        Token name = lexer.next(Mode.COMMAND);
        if (!name.text().equalsIgnoreCase("requires")) {
            p.report(new ParseException("ScriptRequiresInvalidFormat", INVALID_FORMAT, p.lexer.positionAt(base),
                    base, base + line.length(), false, false));
            return;
        }
        Token t = lexer.next(Mode.COMMAND);
        while (!t.is(TokenKind.EOF) && !t.is(TokenKind.NEWLINE)) {
            boolean version = t.is(TokenKind.PARAMETER)
                    && "version".startsWith(t.stringValue().toLowerCase(Locale.ROOT)) && !t.stringValue().isEmpty();
            t = lexer.next(Mode.COMMAND);
            if (version && !t.is(TokenKind.EOF)) {
                String argument = t.value() instanceof String s && t.is(TokenKind.LITERAL_STRING) ? s : t.text();
                String candidate = argument.contains(".") ? argument : argument + ".0";
                if (!VERSION.matcher(candidate).matches()) {
                    p.report(new ParseException("RequiresVersionInvalid", VERSION_INVALID, p.lexer.positionAt(base + t.start()),
                            base + t.start(), base + t.end(), false, false));
                }
                t = lexer.next(Mode.COMMAND);
            }
        }
    }
}
