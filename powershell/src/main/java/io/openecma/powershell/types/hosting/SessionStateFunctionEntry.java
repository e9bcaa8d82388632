package io.openecma.powershell.types.hosting;

/**
 * {@code SessionStateFunctionEntry(name, definition)}: a function, given by its script text, that a
 * runspace built from an {@link InitialSessionState} starts with (InitialSessionState.cs).
 */
public final class SessionStateFunctionEntry {
    private final String name;
    private final String definition;

    public SessionStateFunctionEntry(String name, String definition) {
        this.name = name;
        this.definition = definition;
    }

    public String getName() {
        return name;
    }

    public String getDefinition() {
        return definition;
    }
}
