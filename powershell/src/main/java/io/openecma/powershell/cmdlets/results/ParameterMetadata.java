package io.openecma.powershell.cmdlets.results;

import java.util.List;

/** System.Management.Automation.ParameterMetadata: one entry of CommandInfo.Parameters. */
public final class ParameterMetadata {
    private final String name;
    private final String parameterType;
    private final List<String> aliases;

    public ParameterMetadata(String name, String parameterType, List<String> aliases) {
        this.name = name;
        this.parameterType = parameterType;
        this.aliases = List.copyOf(aliases);
    }

    public String getName() {
        return name;
    }

    /** The .NET type name of the parameter (5.1 returns the Type itself; its ToString() is this name). */
    public String getParameterType() {
        return parameterType;
    }

    public Object[] getAliases() {
        return aliases.toArray();
    }

    public boolean getSwitchParameter() {
        return parameterType.equals("System.Management.Automation.SwitchParameter");
    }

    @Override
    public String toString() {
        return name;
    }
}
