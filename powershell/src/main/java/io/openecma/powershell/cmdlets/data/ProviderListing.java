package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.PSVariable;
import io.openecma.powershell.runtime.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Get-ChildItem on the Env: and Variable: drives ({@code dir env:}, {@code dir variable:p*}): the items the
 * drive holds, sorted by name, a wildcard leaf filtering them (SessionStateProviderBase.GetChildItems).
 * Each item is what Get-Item gives for it (ProviderPaths.item).
 */
final class ProviderListing {
    private ProviderListing() {
    }

    /** Lists {@code path} when it is on Env: or Variable:; false for any other path. */
    static boolean list(CommandContext ctx, String path) {
        String qualified = ProviderPaths.qualified(ctx, path);
        if (qualified == null || !ProviderPaths.isProviderPath(qualified)) {
            return false;
        }
        String normalized = ProviderPaths.normalized(qualified);
        int colon = normalized.indexOf(':');
        String drive = normalized.substring(0, colon + 1);
        String leaf = normalized.substring(colon + 1);
        if (leaf.equals(".")) {
            leaf = "";
        }
        if (!leaf.isEmpty() && !Wildcard.containsWildcard(leaf)) {
            if (ProviderPaths.exists(ctx, normalized)) {
                ctx.writeObject(ProviderPaths.item(ctx, normalized));
            } else {
                ScriptPaths.notFound(ctx, path, "GetChildItemCommand");
            }
            return true;
        }
        Wildcard w = leaf.isEmpty() ? null : Wildcard.compile(leaf, false);
        ItemFilter filter = ItemFilter.of(ctx);
        for (String name : names(ctx, drive.toLowerCase(Locale.ROOT).startsWith("env"))) {
            if ((w == null || w.matches(name)) && filter.acceptsName(name)) {
                ctx.writeObject(ProviderPaths.item(ctx, drive + name));
            }
        }
        return true;
    }

    private static List<String> names(CommandContext ctx, boolean environment) {
        TreeMap<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        CommandContextImpl impl = (CommandContextImpl) ctx;
        if (environment) {
            impl.interpreter().context().environment().keySet().forEach(k -> byName.putIfAbsent(k, k));
        } else {
            Scope caller = impl.callerScope();
            for (Scope s = caller; s != null; s = s.parent()) {
                for (PSVariable v : s.variables().values()) {
                    byName.putIfAbsent(v.name(), v.name());
                }
            }
        }
        return new ArrayList<>(byName.values());
    }
}
