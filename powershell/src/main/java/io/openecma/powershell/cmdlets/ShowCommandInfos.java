package io.openecma.powershell.cmdlets;

import io.openecma.powershell.cmdlets.results.CmdletInfo;
import io.openecma.powershell.cmdlets.results.CommandInfo;
import io.openecma.powershell.cmdlets.results.ParameterMetadata;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.ParameterSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Get-Command -ShowCommandInfo (GetCommandCommand.ConvertToShowCommandInfo, 5.0+): a property bag
 * with Name, ModuleName, Module (its Name), CommandType, Definition and ParameterSets, each set
 * with Name, IsDefault and Parameters (Name, IsMandatory, ValueFromPipeline, Position,
 * ParameterType, HasParameterSet, ValidParamSetValues). The engine's cmdlets have one parameter
 * set; other commands are shown with their parameter names only.
 */
final class ShowCommandInfos {
    /** int.MinValue: ParameterMetadata's Position of a named parameter. */
    private static final int NAMED = Integer.MIN_VALUE;

    private ShowCommandInfos() {
    }

    static PSObject of(CommandInfo info) {
        PSObject o = new PSObject();
        o.addNoteProperty("Name", info.getName());
        o.addNoteProperty("ModuleName", info.getModuleName());
        PSObject module = new PSObject();
        module.addNoteProperty("Name", info.getModuleName());
        o.addNoteProperty("Module", module);
        o.addNoteProperty("CommandType", info.getCommandType());
        o.addNoteProperty("Definition", info.getDefinition());
        PSObject set = new PSObject();
        set.addNoteProperty("Name", "__AllParameterSets");
        set.addNoteProperty("IsDefault", true);
        set.addNoteProperty("Parameters", parameters(info).toArray());
        o.addNoteProperty("ParameterSets", new Object[] {set});
        return o;
    }

    private static List<PSObject> parameters(CommandInfo info) {
        List<PSObject> out = new ArrayList<>();
        if (info instanceof CmdletInfo cmdlet) {
            for (ParameterSpec p : cmdlet.definition().parameters()) {
                boolean byValue = p.pipeline() == ParameterSpec.PipelineInput.BY_VALUE
                        || p.pipeline() == ParameterSpec.PipelineInput.BY_VALUE_AND_PROPERTY_NAME;
                out.add(parameter(p.name(), p.mandatory(), byValue, p.position() >= 0 ? p.position() : NAMED,
                        typeOf(info, p.name())));
            }
            return out;
        }
        for (Object name : info.getParameters().keySet()) {
            out.add(parameter(String.valueOf(name), false, false, NAMED, typeOf(info, String.valueOf(name))));
        }
        return out;
    }

    private static String typeOf(CommandInfo info, String parameter) {
        Object metadata = info.getParameters().get(parameter);
        return metadata instanceof ParameterMetadata m && m.getParameterType() != null ? m.getParameterType()
                : "System.Object";
    }

    private static PSObject parameter(String name, boolean mandatory, boolean byValue, int position, String type) {
        PSObject p = new PSObject();
        p.addNoteProperty("Name", name);
        p.addNoteProperty("IsMandatory", mandatory);
        p.addNoteProperty("ValueFromPipeline", byValue);
        p.addNoteProperty("Position", position);
        PSObject parameterType = new PSObject();
        parameterType.addNoteProperty("FullName", type);
        parameterType.addNoteProperty("IsArray", type.endsWith("[]"));
        p.addNoteProperty("ParameterType", parameterType);
        p.addNoteProperty("HasParameterSet", false);
        p.addNoteProperty("ValidParamSetValues", new Object[0]);
        return p;
    }
}
