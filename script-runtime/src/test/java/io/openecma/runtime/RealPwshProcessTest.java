package io.openecma.runtime;

import io.openecma.runtime.pwsh.PwshCommand;
import org.junit.jupiter.api.condition.EnabledIf;

/** {@link PwshProcessTest} with the real PowerShell 7; runs only where pwsh is on the PATH. */
@EnabledIf("io.openecma.runtime.TestRuntimes#pwshOnPath")
class RealPwshProcessTest extends PwshProcessTest {

    @Override
    TestRuntimes.Runtime runtimeKind() {
        return TestRuntimes.Runtime.PWSH;
    }

    @Override
    PwshCommand command() {
        return PwshCommand.configured();
    }
}
