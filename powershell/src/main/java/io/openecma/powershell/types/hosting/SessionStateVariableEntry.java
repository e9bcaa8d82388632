package io.openecma.powershell.types.hosting;

/**
 * {@code SessionStateVariableEntry(name, value, description)}: a variable a runspace built from an
 * {@link InitialSessionState} starts with, in its global scope (InitialSessionState.cs).
 */
public final class SessionStateVariableEntry {
    private final String name;
    private final Object value;
    private final String description;

    public SessionStateVariableEntry(String name, Object value, String description) {
        this.name = name;
        this.value = value;
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public Object getValue() {
        return value;
    }

    public String getDescription() {
        return description;
    }
}
