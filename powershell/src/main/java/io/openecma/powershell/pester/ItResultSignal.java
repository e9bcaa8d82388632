package io.openecma.powershell.pester;

/**
 * Thrown by Set-ItResult to end the current It with a given result. A Java exception rather than a
 * PowerShell error, so the test's own try/catch cannot swallow it.
 */
final class ItResultSignal extends RuntimeException {

    final Outcome outcome;

    ItResultSignal(Outcome outcome, String message) {
        super(message, null, false, false);
        this.outcome = outcome;
    }
}
