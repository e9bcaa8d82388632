package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ParameterSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * The -Filter, -Include and -Exclude parameters of the item cmdlets: wildcards matched against the
 * leaf name of each item a path resolves to. An item passes when it matches the filter, at least
 * one include pattern (if any) and no exclude pattern (about_Providers; FileSystem.Tests.ps1
 * "Verify Include and Exclude Intersection").
 */
final class ItemFilter {
    private final Win32Filter filter;
    private final List<Wildcard> include;
    private final List<Wildcard> exclude;
    /** A recursive listing's wildcard leaf ({@code dir x\*.txt -Recurse}), or null. */
    private final Wildcard leaf;

    private ItemFilter(Win32Filter filter, List<Wildcard> include, List<Wildcard> exclude) {
        this(filter, include, exclude, null);
    }

    private ItemFilter(Win32Filter filter, List<Wildcard> include, List<Wildcard> exclude, Wildcard leaf) {
        this.filter = filter;
        this.include = include;
        this.exclude = exclude;
        this.leaf = leaf;
    }

    /** This filter, also requiring names to match {@code pattern}. */
    ItemFilter withLeaf(String pattern) {
        return new ItemFilter(filter, include, exclude, Wildcard.compile(pattern, false));
    }

    /** The three parameters, for a cmdlet's parameter list. */
    static ParameterSpec[] parameters() {
        return new ParameterSpec[] {
            ParameterSpec.named("Filter", "string"),
            ParameterSpec.named("Include", "string[]"),
            ParameterSpec.named("Exclude", "string[]")};
    }

    /** The given parameters followed by -Filter, -Include and -Exclude. */
    static ParameterSpec[] with(ParameterSpec... base) {
        ParameterSpec[] extra = parameters();
        ParameterSpec[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    static ItemFilter of(CommandContext ctx) {
        String f = CmdletArguments.string(ctx, "Filter");
        return new ItemFilter(f == null || f.isEmpty() ? null : Win32Filter.compile(f),
                patterns(ctx, "Include"), patterns(ctx, "Exclude"));
    }

    private static List<Wildcard> patterns(CommandContext ctx, String name) {
        return CmdletArguments.strings(ctx, name).stream().map(p -> Wildcard.compile(p, false)).toList();
    }

    boolean accepts(Path item) {
        return acceptsName(item.getFileName() == null ? item.toString() : item.getFileName().toString());
    }

    /** The same test on an item's name (items of the Alias: and Function: drives). */
    boolean acceptsName(String name) {
        if (leaf != null && !leaf.matches(name)) {
            return false;
        }
        if (filter != null && !filter.matches(name)) {
            return false;
        }
        if (!include.isEmpty() && include.stream().noneMatch(w -> w.matches(name))) {
            return false;
        }
        return exclude.stream().noneMatch(w -> w.matches(name));
    }

    /** Whether any of the three was given: an empty result then is no "path not found". */
    boolean isActive() {
        return filter != null || !include.isEmpty() || !exclude.isEmpty();
    }
}
