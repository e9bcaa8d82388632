package io.openecma.runtime;

/** {@link CsvConnectorTest} on the pwsh runtime: the same host script in the embedded stand-in process (no PowerShell 7 here). */
class PwshCsvConnectorTest extends CsvConnectorTest {

    @Override
    TestRuntimes.Runtime runtimeKind() {
        return TestRuntimes.Runtime.PWSH_STAND_IN;
    }
}
