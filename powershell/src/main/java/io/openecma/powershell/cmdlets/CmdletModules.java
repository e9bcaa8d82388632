package io.openecma.powershell.cmdlets;

import java.util.Locale;
import java.util.Set;

/** The 5.1 module each built-in cmdlet belongs to (CmdletInfo.ModuleName). */
final class CmdletModules {
    private static final Set<String> CORE = Set.of("foreach-object", "where-object", "get-command", "get-module",
            "import-module", "export-modulemember", "set-strictmode", "set-psdebug", "out-null", "out-default", "out-host",
            "get-help", "remove-module", "new-module", "invoke-command", "get-history", "add-history");
    private static final Set<String> MANAGEMENT = Set.of("get-item", "new-item", "remove-item", "copy-item", "move-item",
            "rename-item", "set-item", "clear-item", "get-childitem", "get-content", "set-content", "add-content",
            "clear-content", "join-path", "split-path", "test-path", "resolve-path", "convert-path", "get-location",
            "set-location", "push-location", "pop-location", "get-itemproperty", "set-itemproperty", "get-psdrive",
            "get-process", "get-service", "start-process");
    private static final Set<String> SECURITY = Set.of("convertto-securestring", "convertfrom-securestring", "get-acl",
            "set-acl", "get-credential");

    private CmdletModules() {
    }

    static String moduleOf(String cmdlet) {
        String n = cmdlet.toLowerCase(Locale.ROOT);
        if (CORE.contains(n)) {
            return "Microsoft.PowerShell.Core";
        }
        if (MANAGEMENT.contains(n)) {
            return "Microsoft.PowerShell.Management";
        }
        if (SECURITY.contains(n)) {
            return "Microsoft.PowerShell.Security";
        }
        return "Microsoft.PowerShell.Utility";
    }
}
