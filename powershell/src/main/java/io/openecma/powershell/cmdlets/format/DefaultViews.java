package io.openecma.powershell.cmdlets.format;

import java.util.List;
import java.util.Map;

/** The columns of 5.1's default views (its *.format.ps1xml) for the engine's result types. */
final class DefaultViews {
    private static final Map<String, List<String>> COLUMNS = Map.of(
            "Microsoft.PowerShell.Commands.GroupInfo", List.of("Count", "Name", "Group"),
            "System.Management.Automation.PSVariable", List.of("Name", "Value"),
            "System.Management.Automation.CmdletInfo", List.of("CommandType", "Name", "Source"),
            "System.Management.Automation.FunctionInfo", List.of("CommandType", "Name", "Source"),
            "System.Management.Automation.AliasInfo", List.of("CommandType", "Name", "Source"));

    private DefaultViews() {
    }

    static List<String> columns(String typeName) {
        return COLUMNS.get(typeName);
    }
}
