package io.openecma.runtime;

/** {@link SessionTest} on the pwsh runtime: the same host script in a stand-in process (no PowerShell 7 here). */
class PwshSessionTest extends SessionTest {

    @Override
    boolean pwsh() {
        return true;
    }
}
