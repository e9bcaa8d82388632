package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CSV writers' PowerShell 7 options (CsvCommands.cs, ExportCsvHelper): -UseQuotes Always (5.1's
 * only behaviour, the default), AsNeeded (quote a field holding the delimiter, a newline or a
 * quote) or Never; -QuoteFields quotes only the named columns; -NoHeader (7.4) writes neither
 * #TYPE nor the header; -IncludeTypeInformation (6.0) asks for the #TYPE line 5.1 writes anyway.
 * Additions under new names: without them the output is 5.1's.
 */
record CsvQuoting(String mode, Set<String> quoteFields) {
    private static final List<String> MODES = List.of("Always", "AsNeeded", "Never");

    /** The given parameters followed by the four options. */
    static ParameterSpec[] with(ParameterSpec... base) {
        ParameterSpec[] extra = parameters();
        ParameterSpec[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    private static ParameterSpec[] parameters() {
        return new ParameterSpec[] {
            ParameterSpec.switchParameter("IncludeTypeInformation").withAliases("ITI"),
            ParameterSpec.named("UseQuotes", "string"),
            ParameterSpec.named("QuoteFields", "string[]").withAliases("QF"),
            ParameterSpec.switchParameter("NoHeader")};
    }

    static CsvQuoting of(CommandContext ctx, String commandClass) {
        if (ctx.isBound("UseQuotes") && ctx.isBound("QuoteFields")) {
            throw ctx.terminatingError("System.InvalidOperationException",
                    "You must specify either the -UseQuotes or -QuoteFields parameters, but not both.",
                    "CannotSpecifyQuoteFieldsAndUseQuotes," + commandClass, "InvalidData");
        }
        String mode = "Always";
        if (ctx.isBound("UseQuotes")) {
            String given = CmdletArguments.string(ctx, "UseQuotes");
            mode = MODES.stream().filter(m -> m.equalsIgnoreCase(given)).findFirst().orElseThrow(() ->
                    new PSRuntimeException("System.Management.Automation.ParameterBindingException",
                            "Cannot bind parameter 'UseQuotes'. Cannot convert value \"" + given + "\" to type \""
                                    + "Microsoft.PowerShell.Commands.BaseCsvWritingCommand+QuoteKind\". Error: \"Unable to "
                                    + "match the identifier name " + given + " to a valid enumerator name. Specify one of "
                                    + "the following enumerator names and try again:\r\nAlways, AsNeeded, Never\"")
                            .withError("CannotConvertArgumentNoMessage", "InvalidArgument", null));
        }
        Set<String> fields = ctx.isBound("QuoteFields")
                ? CmdletArguments.strings(ctx, "QuoteFields").stream().map(f -> f.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet())
                : null;
        return new CsvQuoting(mode, fields);
    }

    /** One line: each non-null value quoted (inner quotes doubled) as the options say, null as an empty field. */
    String line(List<String> columns, List<String> values, char delimiter) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < values.size(); k++) {
            if (k > 0) {
                sb.append(delimiter);
            }
            String v = values.get(k);
            if (v == null) {
                continue;
            }
            if (quotes(columns.get(k), v, delimiter)) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        return sb.toString();
    }

    private boolean quotes(String column, String value, char delimiter) {
        if (quoteFields != null) {
            return quoteFields.contains(column.toLowerCase(Locale.ROOT));
        }
        return switch (mode) {
            case "AsNeeded" -> value.indexOf(delimiter) >= 0 || value.indexOf('\n') >= 0 || value.indexOf('"') >= 0;
            case "Never" -> false;
            default -> true;
        };
    }
}
