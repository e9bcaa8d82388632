package io.openecma.powershell.lexer;

/** Token kinds. Operators and punctuation are OPERATOR with their text; keywords are words the parser recognises. */
public enum TokenKind {
    NEWLINE, SEMICOLON, EOF,
    /** {@code $name}, {@code ${name}}, {@code $scope:name}; value is the path text without '$'. */
    VARIABLE,
    /** {@code @name}; value is the variable name. */
    SPLAT,
    NUMBER,
    /** Single-quoted or literal here-string; value is the content. */
    LITERAL_STRING,
    /** Double-quoted or expandable here-string; value is the raw content (escapes unprocessed). */
    EXPANDABLE_STRING,
    /** Expression-mode word: keyword or member name. */
    IDENTIFIER,
    /** Command-mode word: command name or bare argument. */
    GENERIC,
    /** {@code -Name} or {@code -Name:}; value is the name, text ends with ':' when colon-form. */
    PARAMETER,
    OPERATOR,
    /** {@code >}, {@code >>}, {@code 2>&1}, {@code 2>}, {@code *>}; value is the text. */
    REDIRECTION
}
