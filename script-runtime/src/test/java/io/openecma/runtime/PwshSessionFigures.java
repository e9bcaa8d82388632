package io.openecma.runtime;

/** {@link SessionFigures} on the pwsh runtime with the stand-in process (the process hop, not PowerShell 7's speed). */
class PwshSessionFigures extends SessionFigures {

    @Override
    TestRuntimes.Runtime runtimeKind() {
        return TestRuntimes.Runtime.PWSH_STAND_IN;
    }
}
