package io.openecma.powershell.cmdlets.format;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;

import java.util.ArrayList;
import java.util.List;

/**
 * Format-Custom (alias fc) with 5.1's default custom view ({@link ComplexRenderer}) for every object,
 * -Property selecting what the outer class block shows and -Depth (default 5) how deep objects open.
 * CustomControl views from format files are not used.
 */
final class FormatCustomCommand implements Cmdlet {
    /** ComplexSpecificParameters.maxDepthAllowable. */
    private static final int DEFAULT_DEPTH = 5;

    private final List<Object> items = new ArrayList<>();

    static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Format-Custom", FormatCustomCommand::new,
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.positional("Property", "object[]", 0), ParameterSpec.named("Depth", "int"),
                ParameterSpec.named("GroupBy", "object"), ParameterSpec.named("View", "string"),
                ParameterSpec.switchParameter("ShowError"), ParameterSpec.switchParameter("DisplayError"),
                ParameterSpec.switchParameter("Force"), ParameterSpec.named("Expand", "string")).withAliases("fc"));
    }

    @Override
    public void begin(CommandContext c) {
        FormatParameterChecks.viewAndProperty(c);
    }

    @Override
    public void process(CommandContext c) {
        FormatCmdlets.collect(c, items);
    }

    @Override
    public void end(CommandContext c) {
        if (items.isEmpty()) {
            return;
        }
        int depth = c.isBound("Depth") ? LanguagePrimitives.toNumber(c.parameter("Depth")).intValue() : DEFAULT_DEPTH;
        List<String> lines = new ArrayList<>();
        for (Object item : items) {
            if (LanguagePrimitives.unwrapNull(item) == null) {
                continue;
            }
            List<Column> columns = c.isBound("Property") && c.parameter("Property") != null
                    ? Columns.of(c, c.parameter("Property"), item) : null;
            lines.add("");
            lines.addAll(new ComplexRenderer(c, depth).render(item, columns));
        }
        lines.add("");
        lines.add("");
        c.writeObject(new FormattedOutput(lines));
    }
}
