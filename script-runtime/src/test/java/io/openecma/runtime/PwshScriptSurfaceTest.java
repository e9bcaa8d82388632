package io.openecma.runtime;

/** {@link ScriptSurfaceTest} on the pwsh runtime: the same host script in the embedded stand-in process (no PowerShell 7 here). */
class PwshScriptSurfaceTest extends ScriptSurfaceTest {

    @Override
    TestRuntimes.Runtime runtimeKind() {
        return TestRuntimes.Runtime.PWSH_STAND_IN;
    }
}
