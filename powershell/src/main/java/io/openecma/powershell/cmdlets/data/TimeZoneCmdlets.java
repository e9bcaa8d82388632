package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.types.time.TimeZoneInfoValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Get-TimeZone (TimeZoneCommands.cs, 5.1): the local zone, every zone (-ListAvailable), zones by
 * Id, or by StandardName/DaylightName wildcard (-Name). A name or Id that finds nothing is the
 * non-terminating TimeZoneNotFound. Set-TimeZone is not here: the engine never changes the host.
 */
final class TimeZoneCmdlets {
    private static final String ERROR_ID = "TimeZoneNotFound,Microsoft.PowerShell.Commands.GetTimeZoneCommand";

    private TimeZoneCmdlets() {
    }

    static List<CmdletDefinition> definitions() {
        return List.of(CmdletDefinition.of("Get-TimeZone", GetTimeZone::new,
                ParameterSpec.positional("Name", "string[]", 0).fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.named("Id", "string[]").fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                ParameterSpec.switchParameter("ListAvailable")).withAliases("gtz"));
    }

    static final class GetTimeZone implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            if (ctx.switchPresent("ListAvailable")) {
                for (Object zone : TimeZoneInfoValue.GetSystemTimeZones()) {
                    ctx.writeObject(zone);
                }
            } else if (ctx.isBound("Id")) {
                for (String id : CmdletArguments.strings(ctx, "Id")) {
                    try {
                        ctx.writeObject(TimeZoneInfoValue.FindSystemTimeZoneById(id));
                    } catch (PSRuntimeException notFound) {
                        ctx.writeError("System.TimeZoneNotFoundException", notFound.getMessage(), ERROR_ID,
                                "InvalidArgument", "Id");
                    }
                }
            } else if (ctx.isBound("Name") && ctx.parameter("Name") != null) {
                for (String name : CmdletArguments.strings(ctx, "Name")) {
                    List<Object> found = byName(name);
                    found.forEach(ctx::writeObject);
                    if (found.isEmpty()) {
                        ctx.writeError("System.TimeZoneNotFoundException", "The time zone name '" + name
                                + "' was not found on the local computer.", ERROR_ID, "InvalidArgument", "Name");
                    }
                }
            } else {
                ctx.writeObject(TimeZoneInfoValue.getLocal());
            }
        }

        /** TimeZoneHelper.LookupSystemTimeZoneInfoByName: StandardName or DaylightName matches the pattern. */
        private static List<Object> byName(String name) {
            Wildcard pattern = Wildcard.compile(name == null ? "" : name, false);
            List<Object> out = new ArrayList<>();
            for (Object o : TimeZoneInfoValue.GetSystemTimeZones()) {
                TimeZoneInfoValue zone = (TimeZoneInfoValue) o;
                if (pattern.matches(zone.getStandardName()) || pattern.matches(zone.getDaylightName())) {
                    out.add(zone);
                }
            }
            return out;
        }
    }
}
