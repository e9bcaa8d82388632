package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.types.facades.ScriptBlockStatics;

import java.util.List;
import java.util.Map;

/**
 * Import-Clixml's SupportsPaging (XmlCommands.cs, ImportXmlHelper.Import): -IncludeTotalCount
 * writes a total count of unknown accuracy first; with -First or -Skip, a deserialized collection
 * is flattened into its items (a dictionary into its entries) and the window counts items.
 */
final class ImportPaging {
    private final long first;
    private long skip;
    private long written;
    private final boolean paged;

    private ImportPaging(long first, long skip) {
        this.first = first;
        this.skip = skip;
        this.paged = skip != 0 || first != Long.MAX_VALUE;
    }

    static ImportPaging of(CommandContext ctx) {
        long first = ctx.isBound("First") ? number(ctx.parameter("First")) : Long.MAX_VALUE;
        long skip = ctx.isBound("Skip") ? number(ctx.parameter("Skip")) : 0;
        if (ctx.switchPresent("IncludeTotalCount")) {
            ctx.writeObject(unknownTotalCount());
        }
        return new ImportPaging(first, skip);
    }

    private static long number(Object v) {
        return ((Number) LanguagePrimitives.convertTo(v, Long.class)).longValue();
    }

    /** PagingParameters.NewTotalCount(0, 0.0): the count 0 whose ToString says the total is unknown. */
    static PSObject unknownTotalCount() {
        PSObject count = new PSObject(0L);
        count.setProperty("ToString", new PSObject.ScriptMember(ScriptBlockStatics.Create(
                "$totalCount = $this.PSObject.BaseObject\n"
                        + "switch ($this.Accuracy) {\n"
                        + "  { $_ -ge 1.0 } { 'Total count: {0}' -f $totalCount }\n"
                        + "  { $_ -le 0.0 } { 'Unknown total count' -f $totalCount }\n"
                        + "  default { 'Estimated total count: {0}' -f $totalCount }\n"
                        + "}"), true));
        count.setProperty("Accuracy", 0.0);
        return count;
    }

    void write(CommandContext ctx, List<Object> objects) {
        for (Object o : objects) {
            if (!paged) {
                ctx.writeObject(o);
            } else if (o instanceof Map<?, ?> || (LanguagePrimitives.isEnumerable(o) && !(o instanceof String))) {
                if (o instanceof Map<?, ?> m) {
                    for (Map.Entry<?, ?> entry : m.entrySet()) {
                        offer(ctx, new java.util.AbstractMap.SimpleEntry<Object, Object>(entry.getKey(), entry.getValue()));
                    }
                } else {
                    LanguagePrimitives.toList(o).forEach(item -> offer(ctx, item));
                }
            } else {
                offer(ctx, o);
            }
        }
    }

    private void offer(CommandContext ctx, Object item) {
        if (written >= first) {
            return;
        }
        if (skip > 0) {
            skip--;
            return;
        }
        written++;
        ctx.writeObject(item);
    }
}
