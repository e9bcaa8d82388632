package io.openecma.powershell.cmdlets.addtype;

/** One token of C# source: its kind, text (a string literal's value unescaped) and 1-based line and column. */
record CSharpToken(Kind kind, String text, int line, int column) {

    enum Kind { IDENTIFIER, NUMBER, STRING, CHAR, PUNCTUATION, END }

    boolean is(String s) {
        return (kind == Kind.PUNCTUATION || kind == Kind.IDENTIFIER) && text.equals(s);
    }
}
