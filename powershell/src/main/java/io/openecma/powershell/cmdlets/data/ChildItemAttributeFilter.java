package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.types.FileAttributes;
import io.openecma.powershell.types.FlagsExpression;
import io.openecma.powershell.types.io.ItemAttributes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which children Get-ChildItem shows and descends into (FileSystemProvider.Dir): the -Attributes
 * expression and the switches -Directory, -File, -System, -ReadOnly, -Hidden (joined with AND, as
 * FormatAttributeSwitchParameters does) must both hold; a Hidden item shows only with -Force or
 * when Hidden is named in either, and recursion skips hidden folders under the same rule.
 */
final class ChildItemAttributeFilter {
    private final FlagsExpression attributes;
    private final FlagsExpression switches;
    private final boolean hiddenAllowed;

    private ChildItemAttributeFilter(FlagsExpression attributes, FlagsExpression switches, boolean force) {
        this.attributes = attributes;
        this.switches = switches;
        long hidden = FileAttributes.Hidden.bits();
        this.hiddenAllowed = force || attributes != null && attributes.mentions(hidden)
                || switches != null && switches.mentions(hidden);
    }

    static ChildItemAttributeFilter of(CommandContext ctx) {
        FlagsExpression attributes = ctx.isBound("Attributes")
                ? FlagsExpression.parse(FileAttributes.class, CmdletArguments.strings(ctx, "Attributes")) : null;
        List<String> terms = new ArrayList<>();
        addIf(ctx, "Directory", "Directory", terms);
        addIf(ctx, "File", "!Directory", terms);
        addIf(ctx, "System", "System", terms);
        addIf(ctx, "ReadOnly", "ReadOnly", terms);
        addIf(ctx, "Hidden", "Hidden", terms);
        FlagsExpression switches = terms.isEmpty() ? null
                : FlagsExpression.parse(FileAttributes.class, List.of(String.join("+", terms)));
        return new ChildItemAttributeFilter(attributes, switches, ctx.switchPresent("Force"));
    }

    private static void addIf(CommandContext ctx, String parameter, String term, List<String> terms) {
        if (ctx.switchPresent(parameter)) {
            terms.add(term);
        }
    }

    boolean shows(Path item) {
        long bits = ItemAttributes.read(item);
        return (attributes == null || attributes.evaluate(bits)) && (switches == null || switches.evaluate(bits))
                && (hiddenAllowed || (bits & FileAttributes.Hidden.bits()) == 0);
    }

    boolean descendsInto(Path folder) {
        return hiddenAllowed || !ItemAttributes.isHidden(folder);
    }
}
