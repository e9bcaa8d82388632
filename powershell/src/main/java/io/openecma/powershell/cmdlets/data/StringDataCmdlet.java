package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.DotNetRegex;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;

/**
 * ConvertFrom-StringData as in Windows PowerShell 5.1 (ConvertFrom-StringData.cs): one hashtable
 * per input string; each non-empty line not starting with # is name=value split at the first =,
 * both sides trimmed, the value Regex.Unescape'd. -Delimiter is 7.x and not offered.
 */
final class StringDataCmdlet {
    private static final String ERROR_ID = "InvalidOperation,Microsoft.PowerShell.Commands.ConvertFromStringDataCommand";

    private StringDataCmdlet() {
    }

    static CmdletDefinition definition() {
        return CmdletDefinition.of("ConvertFrom-StringData", ConvertFromStringData::new,
                ParameterSpec.positional("StringData", "string", 0).asMandatory()
                        .fromPipeline(PipelineInput.BY_VALUE).allowing(ParameterSpec.Allow.EMPTY_STRING));
    }

    static final class ConvertFromStringData implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            String data = CmdletArguments.string(ctx, "StringData");
            PSHashtable result = new PSHashtable();
            if (data != null) {
                for (String line : data.split("\n", -1)) {
                    addLine(ctx, result, line);
                }
            }
            ctx.writeObject(result);
        }

        private static void addLine(CommandContext ctx, PSHashtable result, String line) {
            String s = line.strip(); // .NET Trim: Unicode white space
            if (s.isEmpty() || s.charAt(0) == '#') {
                return;
            }
            int index = s.indexOf('=');
            if (index <= 0) {
                throw ctx.terminatingError("System.InvalidOperationException",
                        "Data line '" + line + "' is not in 'name=value' format. ", ERROR_ID, "InvalidOperation");
            }
            String name = s.substring(0, index).strip();
            if (result.containsKey(name)) {
                throw ctx.terminatingError("System.InvalidOperationException",
                        "Data item '" + name + "' in line '" + line + "' is already defined. ", ERROR_ID,
                        "InvalidOperation");
            }
            result.put(name, DotNetRegex.unescape(s.substring(index + 1).strip()));
        }
    }
}
