package io.openecma.powershell.runtime;

/** The automatic and preference variables a fresh global scope starts with. */
final class AutomaticVariables {

    private AutomaticVariables() {
    }

    static void define(Scope global, ExecutionContext context) {
        global.define(new PSVariable("true", true, true));
        global.define(new PSVariable("false", false, true));
        global.define(new PSVariable("null", null, false));
        global.set("Error", new io.openecma.powershell.types.DotNetList(null));
        global.set("ErrorActionPreference", "Continue");
        global.set("VerbosePreference", "SilentlyContinue");
        global.set("DebugPreference", "SilentlyContinue");
        global.set("WarningPreference", "Continue");
        global.set("InformationPreference", "SilentlyContinue");
        global.set("ConfirmPreference", "High");
        global.set("WhatIfPreference", false);
        global.set("PSDefaultParameterValues", new PSHashtable());
        global.set("OFS", " ");
        global.set("LASTEXITCODE", 0);
        global.set("PID", (int) ProcessHandle.current().pid());
        global.set("PSCulture", "en-US");
        global.set("PSUICulture", "en-US");
        global.set("Host", PSObject.customObject(java.util.Map.of("Name", "openecma")));
        PSHashtable version = new PSHashtable();
        version.put("PSVersion", new io.openecma.powershell.types.VersionValue(5, 1, 19041, 1));
        version.put("PSEdition", "Desktop");
        version.put("CLRVersion", "4.0.30319.42000");
        global.set("PSVersionTable", version);
        // PowerShell 7's $PSStyle (additive, issue #11): only OutputRendering, and output is always plain text.
        global.set("PSStyle", new io.openecma.powershell.types.PSStyleValue());
        global.set("PSScriptRoot", "");
        global.set("PSCommandPath", "");
        global.set("PWD", PathInfo.fileSystem(context.fileSystem().currentLocation().toString()));
        global.set("HOME", context.environmentVariable("USERPROFILE", context.fileSystem().currentLocation().toString()));
        // 5.1's options (Get-Variable PID, HOME): assigning either fails with VariableNotWritable in any scope.
        global.local("PID").setOptionBits(ScopedItemOptions.Constant.bits() | ScopedItemOptions.AllScope.bits());
        global.local("HOME").setOptionBits(ScopedItemOptions.ReadOnly.bits() | ScopedItemOptions.AllScope.bits());
    }
}
