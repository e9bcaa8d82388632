package io.openecma.powershell.ast;

/** A 1-based line and column in a script file. */
public record Position(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
