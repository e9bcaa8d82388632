package io.openecma.runtime.pwsh;

import java.util.List;

/**
 * How the host process is started: the executable (and any arguments before PowerShell's own) and
 * where that choice came from, for error messages. The host script is always run with
 * {@code -NoLogo -NoProfile -NonInteractive -File <host script>}.
 */
public record PwshCommand(List<String> prefix, String origin) {

    public static final String PROPERTY = "openecma.pwsh";
    public static final String ENV = "OPENECMA_PWSH";

    public PwshCommand {
        prefix = List.copyOf(prefix);
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("The pwsh command is empty.");
        }
    }

    /** The system property {@code openecma.pwsh}, else the environment variable OPENECMA_PWSH, else {@code pwsh}. */
    public static PwshCommand configured() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return new PwshCommand(List.of(property.trim()), "system property " + PROPERTY);
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return new PwshCommand(List.of(env.trim()), "environment variable " + ENV);
        }
        return new PwshCommand(List.of("pwsh"), "the default (neither " + ENV + " nor -D" + PROPERTY + " is set)");
    }

    List<String> commandLine(String hostScript) {
        List<String> all = new java.util.ArrayList<>(prefix);
        all.addAll(List.of("-NoLogo", "-NoProfile", "-NonInteractive", "-File", hostScript));
        return all;
    }

    @Override
    public String toString() {
        return String.join(" ", prefix) + " (" + origin + ")";
    }
}
