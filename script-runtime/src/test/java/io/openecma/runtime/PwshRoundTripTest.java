package io.openecma.runtime;

/** {@link RoundTripTest} on the pwsh runtime: the same host script in the embedded stand-in process (no PowerShell 7 here). */
class PwshRoundTripTest extends RoundTripTest {

    @Override
    TestRuntimes.Runtime runtimeKind() {
        return TestRuntimes.Runtime.PWSH_STAND_IN;
    }
}
