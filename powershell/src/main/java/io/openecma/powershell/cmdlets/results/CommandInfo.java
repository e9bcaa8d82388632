package io.openecma.powershell.cmdlets.results;

import io.openecma.powershell.runtime.PSHashtable;

/**
 * System.Management.Automation.CommandInfo as Get-Command returns it: a cmdlet, function, filter
 * or alias with its name, type, definition, module and parameters (name -> ParameterMetadata).
 * ToString() is the name, as in 5.1.
 */
public abstract class CommandInfo {
    private final String name;
    private final String commandType;
    private final String moduleName;

    protected CommandInfo(String name, String commandType, String moduleName) {
        this.name = name;
        this.commandType = commandType;
        this.moduleName = moduleName == null ? "" : moduleName;
    }

    public String getName() {
        return name;
    }

    public String getCommandType() {
        return commandType;
    }

    public String getModuleName() {
        return moduleName;
    }

    public String getSource() {
        return moduleName;
    }

    public abstract String getDefinition();

    public abstract PSHashtable getParameters();

    @Override
    public String toString() {
        return name;
    }
}
