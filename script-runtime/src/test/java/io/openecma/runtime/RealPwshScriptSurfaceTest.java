package io.openecma.runtime;

import org.junit.jupiter.api.condition.EnabledIf;

/**
 * {@link ScriptSurfaceTest} with the real PowerShell 7; runs only where pwsh is on the PATH. The
 * tests of what only the embedded engine does are not run here: pwsh maps no Windows paths, confines
 * no file access and has no machine TEMP on Linux, and a missing key of a .NET KeyedCollection throws.
 */
@EnabledIf("io.openecma.runtime.TestRuntimes#pwshOnPath")
class RealPwshScriptSurfaceTest extends ScriptSurfaceTest {

    @Override
    TestRuntimes.Runtime runtimeKind() {
        return TestRuntimes.Runtime.PWSH;
    }

    @Override
    void windowsPathsMapIntoTheConnectorFolders() {
    }

    @Override
    void nothingOutsideTheConnectorFoldersIsReachable() {
    }

    @Override
    void theMachineTempIsTheConnectorTempFolder() {
    }

    @Override
    void aPositionOrKeyThatIsNotThereIndexesToNullUnlessStrictModeThree() {
    }
}
