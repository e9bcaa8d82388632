package io.openecma.powershell.types.hosting;

/**
 * {@code [initialsessionstate]}: every runspace this engine makes starts with the full command set,
 * so the default states carry nothing more.
 */
public final class InitialSessionState {
    private InitialSessionState() {
    }

    public static InitialSessionState CreateDefault() {
        return new InitialSessionState();
    }

    public static InitialSessionState CreateDefault2() {
        return new InitialSessionState();
    }
}
