package io.openecma.runtime;

/** Why tests that run scripts are disabled: the engine features they need, named for the engine lead. */
public final class EngineGaps {

    public static final String INTERPRETER = "engine: PowerShellEngine.execute/setVariable/registerType throw "
            + "UnsupportedOperationException('interpreter not wired yet') at powershell HEAD 296dfbe";

    public static final String PROPERTIES_MATCH = "engine: $row.PSObject.Properties.Match(name) "
            + "(PSMemberInfoCollection.Match) is missing; CsvConnectorCommon.psm1 Read-CsvStore uses it, so every CSV "
            + "import, export and password call stops there";

    public static final String ERROR_DETAILS = "engine: ErrorRecord has no ErrorDetails property ($_.ErrorDetails.Message "
            + "holds the HTTP reply body in Windows PowerShell 5.1); under Set-StrictMode LegacyHrCommon.psm1 Invoke-HrApi "
            + "fails with \"The property 'ErrorDetails' cannot be found on this object\" on every 4xx answer";

    public static final String PATH_MAPPING = "engine: no hook to map script paths before FileSystemAccess.resolve "
            + "(requested in ENGINE-NOTES.md: EngineOptions.withPathMapper); Windows paths cannot reach the connector folders";

    public static final String MACHINE_ENVIRONMENT = "engine: [Environment]::GetEnvironmentVariable(name, 'Machine') must read "
            + "EngineOptions.environment (requested in ENGINE-NOTES.md)";

    private EngineGaps() {
    }
}
