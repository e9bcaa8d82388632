package io.openecma.powershell.cmdlets.results;

import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.ParameterSpec;

import java.util.ArrayList;
import java.util.List;

/** System.Management.Automation.CmdletInfo for one of the engine's cmdlets. */
public final class CmdletInfo extends CommandInfo {
    /** Common parameters every 5.1 cmdlet has (CommonParameters), after its own. */
    private static final String[][] COMMON = {
        {"Verbose", "vb", "switch"}, {"Debug", "db", "switch"}, {"ErrorAction", "ea", "System.Management.Automation.ActionPreference"},
        {"WarningAction", "wa", "System.Management.Automation.ActionPreference"},
        {"InformationAction", "infa", "System.Management.Automation.ActionPreference"}, {"ErrorVariable", "ev", "string"},
        {"WarningVariable", "wv", "string"}, {"InformationVariable", "iv", "string"}, {"OutVariable", "ov", "string"},
        {"OutBuffer", "ob", "int"}, {"PipelineVariable", "pv", "string"},
    };
    private final CmdletDefinition definition;

    public CmdletInfo(CmdletDefinition definition, String moduleName) {
        super(definition.name(), "Cmdlet", moduleName);
        this.definition = definition;
    }

    public CmdletDefinition definition() {
        return definition;
    }

    public String getVerb() {
        String n = definition.name();
        return n.substring(0, Math.max(0, n.indexOf('-')));
    }

    public String getNoun() {
        String n = definition.name();
        return n.substring(n.indexOf('-') + 1);
    }

    /** A one-line syntax: "Name [-Param] <type> ... [<CommonParameters>]". */
    @Override
    public String getDefinition() {
        StringBuilder sb = new StringBuilder(definition.name());
        for (ParameterSpec p : definition.parameters()) {
            String arg = p.isSwitch() ? "" : " <" + TypeNames.display(p.typeName()) + ">";
            String name = p.position() >= 0 ? "[-" + p.name() + "]" : "-" + p.name();
            sb.append(' ').append(p.mandatory() ? name + arg : "[" + name + arg + "]");
        }
        return sb.append(" [<CommonParameters>]").toString();
    }

    @Override
    public PSHashtable getParameters() {
        PSHashtable table = new PSHashtable(true);
        for (ParameterSpec p : definition.parameters()) {
            table.put(p.name(), new ParameterMetadata(p.name(), TypeNames.full(p.typeName()), p.aliases()));
        }
        for (String[] c : COMMON) {
            table.put(c[0], new ParameterMetadata(c[0], TypeNames.full(c[2]), List.of(c[1])));
        }
        return table;
    }

    /** The names of the parameters the cmdlet declares itself. */
    public List<String> declaredParameters() {
        List<String> names = new ArrayList<>();
        definition.parameters().forEach(p -> names.add(p.name()));
        return names;
    }
}
