package io.openecma.runtime;

/** {@link CsvConnectorTest} on the pwsh runtime: the same host script in a stand-in process (no PowerShell 7 here). */
class PwshCsvConnectorTest extends CsvConnectorTest {

    @Override
    boolean pwsh() {
        return true;
    }
}
