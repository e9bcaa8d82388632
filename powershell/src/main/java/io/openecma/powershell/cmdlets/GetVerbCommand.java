package io.openecma.powershell.cmdlets;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Get-Verb as Windows PowerShell 5.1 has it (a function in Microsoft.PowerShell.Utility): objects
 * with Verb and Group for the constants of the System.Management.Automation Verbs* classes, each
 * -Verb wildcard in turn (a verb two patterns match comes twice). -Group, Description and
 * AliasPrefix are PowerShell 6.0+.
 */
final class GetVerbCommand implements Cmdlet {

    /** The Verbs* classes of 5.1's System.Management.Automation (utils/Verbs.cs), verbs sorted as Get-Member lists them. */
    private static final Map<String, List<String>> VERBS = new LinkedHashMap<>();

    static {
        VERBS.put("Common", sorted("Add", "Clear", "Close", "Copy", "Enter", "Exit", "Find", "Format", "Get", "Hide", "Lock",
                "Move", "New", "Open", "Optimize", "Push", "Pop", "Remove", "Rename", "Reset", "Resize", "Set", "Search", "Show",
                "Skip", "Step", "Join", "Redo", "Split", "Switch", "Select", "Undo", "Unlock", "Watch"));
        VERBS.put("Data", sorted("Backup", "Checkpoint", "Compare", "Compress", "Convert", "ConvertFrom", "ConvertTo", "Edit",
                "Expand", "Export", "Group", "Import", "Initialize", "Limit", "Merge", "Publish", "Restore", "Save", "Sync",
                "Unpublish", "Update", "Mount", "Dismount", "Out"));
        VERBS.put("Lifecycle", sorted("Approve", "Assert", "Complete", "Confirm", "Deny", "Disable", "Enable", "Install",
                "Invoke", "Register", "Request", "Restart", "Resume", "Start", "Stop", "Submit", "Suspend", "Uninstall",
                "Unregister", "Wait"));
        VERBS.put("Diagnostic", sorted("Debug", "Measure", "Ping", "Repair", "Resolve", "Test", "Trace"));
        VERBS.put("Communications", sorted("Send", "Receive", "Connect", "Disconnect", "Write", "Read"));
        VERBS.put("Security", sorted("Grant", "Revoke", "Protect", "Unprotect", "Block", "Unblock"));
        VERBS.put("Other", sorted("Use"));
    }

    static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Get-Verb", GetVerbCommand::new,
                ParameterSpec.positional("Verb", "string[]", 0).fromPipeline(PipelineInput.BY_VALUE)));
    }

    @Override
    public void process(CommandContext c) {
        Object patterns = c.parameter("Verb");
        for (Object p : patterns == null ? List.<Object>of("*") : LanguagePrimitives.toList(patterns)) {
            Wildcard w = Wildcard.compile(LanguagePrimitives.toStringValue(p), false);
            VERBS.forEach((group, verbs) -> {
                for (String verb : verbs) {
                    if (w.matches(verb)) {
                        PSObject o = new PSObject();
                        o.addNoteProperty("Verb", verb);
                        o.addNoteProperty("Group", group);
                        c.writeObject(o);
                    }
                }
            });
        }
    }

    private static List<String> sorted(String... verbs) {
        List<String> list = new ArrayList<>(List.of(verbs));
        list.sort(String.CASE_INSENSITIVE_ORDER);
        return list;
    }
}
