package io.openecma.powershell.cmdlets.results;

import io.openecma.powershell.runtime.PSHashtable;

/** System.Management.Automation.AliasInfo: an alias of a cmdlet, shown as "name -> target". */
public final class AliasInfo extends CommandInfo {
    private final CommandInfo target;
    private final String targetName;
    private final Object options;
    private String description;

    public AliasInfo(String name, String targetName, CommandInfo target) {
        this(name, targetName, target, io.openecma.powershell.runtime.ScopedItemOptions.None, "");
    }

    public AliasInfo(String name, String targetName, CommandInfo target, Object options, String description) {
        super(name, "Alias", target == null ? "" : target.getModuleName());
        this.targetName = targetName;
        this.target = target;
        this.options = options;
        this.description = description;
    }

    public Object getOptions() {
        return options;
    }

    public String getDescription() {
        return description;
    }

    /** AliasInfo.Description is settable (this object only; Set-Alias -Description changes the table's alias). */
    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    @Override
    public String getDefinition() {
        return targetName;
    }

    public CommandInfo getResolvedCommand() {
        return target;
    }

    public CommandInfo getReferencedCommand() {
        return target;
    }

    public String getResolvedCommandName() {
        return target == null ? null : target.getName();
    }

    public String getDisplayName() {
        // types.ps1xml's DisplayName: the resolved command's name (the end of an alias chain), else the definition
        return getName() + " -> " + (target != null ? target.getName() : targetName);
    }

    @Override
    public PSHashtable getParameters() {
        return target == null ? new PSHashtable(true) : target.getParameters();
    }
}
