package io.openecma.powershell.runtime;

import io.openecma.powershell.types.PSType;

/** A type written as text ("string", "System.Int32[]") resolved in the running session; null when it names none. */
final class TypeNameText {
    private TypeNameText() {
    }

    static PSType resolve(String text) {
        ExecutionContext context = ExecutionContext.currentOrNull();
        if (context == null || text == null || text.isBlank()) {
            return null;
        }
        try {
            return context.types().resolve(io.openecma.powershell.parser.TypeNames.parse(text.trim(), null));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
