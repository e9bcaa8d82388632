package io.openecma.powershell.ast;

import java.util.List;

/** A statement list, with the traps declared directly in it. */
public record Block(List<Statement> statements, Position position) {
    public Block {
        statements = List.copyOf(statements);
    }
}
