package io.openecma.powershell.parser;

import io.openecma.powershell.ast.TypeName;
import io.openecma.powershell.lexer.Token;

/**
 * An array type with more than 32 dimensions ({@code [int[,,,...]]}): .NET cannot make one
 * (Type.MakeArrayType), and Parser.cs reports ArrayHasTooManyDimensions over the commas (added in
 * PowerShell 7.2, #16276; 5.1 failed later with a type load error). The ']' right after the commas is
 * taken; a missing outer ']' is EndSquareBracketExpectedAtEndOfAttribute after what was read.
 */
final class ArrayRankLimit {

    private static final int MAX_RANK = 32;

    private ArrayRankLimit() {
    }

    /** After the '[' of a type literal: null when the type is not an array of too many dimensions. */
    static TypeName check(Parser p, Token open) {
        String text = p.lexer.text();
        int i = skipSpaces(text, p.offset);
        int nameStart = i;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || ".`_".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        if (i == nameStart || i >= text.length() || text.charAt(i) != '[') {
            return null;
        }
        String name = text.substring(nameStart, i);
        int firstComma = skipSpaces(text, i + 1);
        int commas = 0;
        int afterLastComma = -1;
        int j = firstComma;
        while (j < text.length() && text.charAt(j) == ',') {
            commas++;
            afterLastComma = j + 1;
            j = skipSpaces(text, j + 1);
        }
        int rank = commas + 1;
        if (commas == 0 || rank <= MAX_RANK) {
            return null;
        }
        p.report(new ParseException("ArrayHasTooManyDimensions", "The array has too many dimensions: " + rank
                + ". The number of dimensions for an array must be less than or equal to 32.",
                p.lexer.positionAt(firstComma), firstComma, afterLastComma, false, false));
        int end = afterLastComma;
        if (j < text.length() && text.charAt(j) == ']') {
            end = j + 1;
        }
        int close = skipSpaces(text, end);
        if (close < text.length() && text.charAt(close) == ']') {
            end = close + 1;
        } else {
            p.report(p.errorAt("EndSquareBracketExpectedAtEndOfAttribute", "Missing ] at end of attribute or type literal.", end));
        }
        p.rewind(end);
        return TypeNames.parse(name, p.pos(open));
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
