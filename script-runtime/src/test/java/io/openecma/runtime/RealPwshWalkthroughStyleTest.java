package io.openecma.runtime;

import org.junit.jupiter.api.condition.EnabledIf;

/** {@link WalkthroughStyleTest} on the pwsh runtime with the real PowerShell 7; runs only where pwsh is on the PATH. */
@EnabledIf("io.openecma.runtime.TestRuntimes#pwshOnPath")
class RealPwshWalkthroughStyleTest extends WalkthroughStyleTest {

    @Override
    TestRuntimes.Runtime runtimeKind() {
        return TestRuntimes.Runtime.PWSH;
    }
}
