package io.openecma.powershell.types.language;

import io.openecma.powershell.parser.ParseException;
import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.parser.TokenLog;
import io.openecma.powershell.runtime.PSReference;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.hosting.PSObjectCollection;

import java.util.ArrayList;
import java.util.List;

/**
 * System.Management.Automation.PSParser: {@code Tokenize(script, [ref]$errors)} parses the script and
 * returns its tokens as PSTokens (PSParser.cs), the parse errors as PSParseErrors. The tokens are the
 * ones the engine's parser consumed, classified by {@link PSTokenClassifier}; line continuations are
 * not listed, and the text inside strings is one String token.
 */
public final class PSParser {

    private PSParser() {
    }

    public static PSObjectCollection Tokenize(String script, Object errors) {
        if (script == null) {
            throw new PSRuntimeException("System.Management.Automation.PSArgumentNullException",
                    "Value cannot be null.\r\nParameter name: script").withParamName("script");
        }
        List<ParseException> found = new ArrayList<>();
        TokenLog log = Parser.tokenize(script, found);
        List<Object> parseErrors = new ArrayList<>();
        for (ParseException e : found) {
            parseErrors.add(new PSParseError(new ParseError(e, script)));
        }
        if (errors != null) {
            PSReference.set(errors, new PSObjectCollection(parseErrors));
        }
        List<TokenLog.Entry> entries = log.entries();
        List<Object> tokens = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            TokenLog.Entry e = entries.get(i);
            tokens.add(new PSToken(PSTokenClassifier.classify(entries, i), content(e),
                    ScriptExtent.between(script, e.start(), e.end(), null)));
        }
        return new PSObjectCollection(tokens);
    }

    /** The lines, each ended by a newline (PSParser.cs appends each with AppendLine). */
    public static PSObjectCollection Tokenize(Object[] script, Object errors) {
        if (script == null) {
            return Tokenize((String) null, errors);
        }
        StringBuilder text = new StringBuilder();
        for (Object line : script) {
            if (line != null) {
                text.append(io.openecma.powershell.runtime.LanguagePrimitives.toStringValue(line)).append("\r\n");
            }
        }
        return Tokenize(text.toString(), errors);
    }

    private static String content(TokenLog.Entry e) {
        if (e.token() == null) {
            return e.text();
        }
        return switch (e.token().kind()) {
            case LITERAL_STRING, EXPANDABLE_STRING, VARIABLE, SPLAT -> e.token().stringValue();
            default -> e.text();
        };
    }
}
