package io.openecma.powershell.cmdlets.addtype;

/**
 * A construct the C# subset does not translate, or a syntax error, at a source line and column
 * (reported as Roslyn's diagnostics are: "(line,col): error CSnnnn: message").
 */
final class CSharpCompileError extends RuntimeException {

    private final int line;
    private final int column;
    private final String code;

    CSharpCompileError(CSharpToken at, String code, String message) {
        this(at.line(), at.column(), code, message);
    }

    CSharpCompileError(int line, int column, String code, String message) {
        super(message);
        this.line = line;
        this.column = column;
        this.code = code;
    }

    /** Outside the subset: the construct is named so the script's author knows what to rewrite. */
    static CSharpCompileError unsupported(CSharpToken at, String construct) {
        return new CSharpCompileError(at, "", construct + " is not supported by openecma's Add-Type (C# subset; see docs/compatibility/powershell.md)");
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    String code() {
        return code;
    }
}
