package io.openecma.powershell.runtime;

/** System.Management.Automation.ModuleAccessMode: whether Remove-Module may remove a module (RemoveModuleCommand.cs). */
public enum ModuleAccessMode {
    ReadWrite, ReadOnly, Constant
}
