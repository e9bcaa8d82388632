package io.openecma.runtime.pwsh;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.runtime.ecma2.Ecma2Types;
import io.openecma.runtime.ecma2.MAUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for {@code pwsh -NoLogo -NoProfile -NonInteractive -File openecma-host.ps1} where there
 * is no PowerShell 7: runs the same host script, as a child process with real stdin/stdout/stderr,
 * on the embedded engine with the ECMA2 types registered (so the host's Add-Type branch is skipped)
 * and the few .NET members the host needs (Console, StreamReader/Writer, PowerShell and runspaces)
 * played by the StandIn* classes. It tests the protocol and the host script's logic, not .NET.
 */
public final class EmbeddedPwshStandIn {

    private EmbeddedPwshStandIn() {
    }

    public static void main(String[] args) {
        List<String> all = List.of(args);
        int file = all.indexOf("-File");
        if (file < 0 || file + 1 >= all.size()) {
            System.err.println("usage: EmbeddedPwshStandIn -NoLogo -NoProfile -NonInteractive -File <script>");
            System.exit(2);
        }
        // Java code printing by accident must not reach the channel either.
        System.setOut(System.err);
        String maFolder = System.getenv("OPENECMA_MAFOLDER");
        if (maFolder != null) {
            MAUtils.bindMAFolder(maFolder);
        }
        PowerShellEngine engine = PowerShellEngine.create(EngineOptions.defaults());
        Ecma2Types.registerInto(engine);
        registerConsole(engine);
        engine.registerType("System.IO.StreamWriter", StandInStreamWriter.class);
        engine.registerType("System.IO.StreamReader", StandInStreamReader.class);
        engine.registerType("System.Management.Automation.PowerShell", StandInPowerShell.class);
        engine.registerType("System.Management.Automation.Runspaces.RunspaceFactory", StandInPowerShell.RunspaceFactory.class);
        engine.registerType("System.Management.Automation.Runspaces.Runspace", StandInPowerShell.Runspace.class);
        engine.registerType("System.Management.Automation.Runspaces.SessionStateProxy", StandInPowerShell.SessionStateProxy.class);
        engine.registerType("System.Management.Automation.PSCommand", StandInPowerShell.Commands.class);
        engine.registerType("System.Management.Automation.PSDataStreams", StandInPowerShell.Streams.class);
        engine.registerType("System.Management.Automation.VerboseRecord", StandInPowerShell.Message.class);
        engine.registerType("System.Management.Automation.InformationRecord", StandInPowerShell.Information.class);
        engine.registerType("System.Management.Automation.PSInvocationStateInfo", StandInPowerShell.InvocationStateInfo.class);
        engine.registerType("OpenEcma.StandIn.Reason", StandInPowerShell.Reason.class);
        engine.registerType("OpenEcma.StandIn.ErrorRecord", StandInPowerShell.FailureRecord.class);
        engine.registerType("OpenEcma.StandIn.Exception", StandInPowerShell.FailureException.class);
        engine.registerType("OpenEcma.StandIn.Type", StandInPowerShell.TypeName.class);
        ScriptResult result = engine.execute(ScriptSource.fromFile(Path.of(all.get(file + 1))), Map.of());
        result.errors().forEach(e -> System.err.println("host error: " + e));
        if (result.terminatingError().isPresent()) {
            System.err.println("host failed: " + result.terminatingError().get().describe());
            System.exit(1);
        }
        System.exit(0);
    }

    static void registerConsole(PowerShellEngine engine) {
        engine.registerType("System.Console", StandInConsole.class);
        engine.registerType("System.IO.TextWriter", StandInConsole.StandInTextWriter.class);
    }
}
