package io.openecma.runtime;

/** {@link ScriptKindsTest} on the pwsh runtime: the same host script in a stand-in process (no PowerShell 7 here). */
class PwshScriptKindsTest extends ScriptKindsTest {

    @Override
    boolean pwsh() {
        return true;
    }
}
