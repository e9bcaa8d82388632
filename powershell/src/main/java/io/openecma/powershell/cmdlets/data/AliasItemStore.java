package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.cmdlets.AliasCmdlets;
import io.openecma.powershell.cmdlets.results.AliasInfo;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.Scope;
import io.openecma.powershell.runtime.ScopedItemOptions;
import io.openecma.powershell.runtime.SessionAlias;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Alias: drive (AliasProvider.cs): the aliases Get-Alias lists. Set-Item takes the target command's
 * name (or an AliasInfo); new aliases go to the caller's scope. The engine's built-in aliases are
 * read-only and live outside the scopes, so they cannot be removed or renamed here.
 */
final class AliasItemStore implements SessionItemStore {
    private static final String UNAUTHORIZED = "System.Management.Automation.SessionStateUnauthorizedAccessException";

    @Override
    public String drive() {
        return "Alias";
    }

    @Override
    public List<Object> items(CommandContext ctx) {
        List<Object> out = new ArrayList<>(AliasCmdlets.visible(ctx, null).values());
        out.sort((a, b) -> nameOf(a).compareToIgnoreCase(nameOf(b)));
        return out;
    }

    @Override
    public String nameOf(Object item) {
        return ((AliasInfo) item).getName();
    }

    @Override
    public Object find(CommandContext ctx, String name) {
        return AliasCmdlets.visible(ctx, null).get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public Object set(CommandContext ctx, String name, Object value, Object options, boolean force, String command) {
        Scope scope = caller(ctx);
        Object v = LanguagePrimitives.base(value);
        SessionAlias existing = scope.aliases().get(LanguagePrimitives.fold(name));
        if (v == null) {
            if (options == null) {
                Object item = find(ctx, name);
                if (item != null) {
                    remove(ctx, item, force, command);
                }
                return null;
            }
            SessionAlias visible = scope.findAlias(name);
            if (visible == null) {
                return null;
            }
            if (!writable(ctx, visible, force, command)) {
                return null;
            }
            visible.setOptionBits(ScopedItemOptions.bitsOf(options));
            return find(ctx, name);
        }
        String definition;
        long bits;
        if (v instanceof String text) {
            definition = text;
            bits = options == null ? existing == null ? 0 : existing.optionBits() : ScopedItemOptions.bitsOf(options);
        } else if (v instanceof AliasInfo info) {
            definition = info.getDefinition();
            bits = ScopedItemOptions.bitsOf(options == null ? info.getOptions() : options);
        } else {
            ctx.writeError("System.Management.Automation.PSArgumentException", "Cannot process argument because the value of "
                    + "argument \"value\" is not valid. Change the value of the \"value\" argument and run the operation again.",
                    "Argument,Microsoft.PowerShell.Commands." + command, "InvalidArgument", value);
            return null;
        }
        if (existing != null && !writable(ctx, existing, force, command)) {
            return null;
        }
        SessionAlias alias = new SessionAlias(name, definition);
        alias.setOptionBits(bits);
        if (existing != null) {
            alias.setDescription(existing.description());
        }
        scope.aliases().put(LanguagePrimitives.fold(name), alias);
        return find(ctx, name);
    }

    /** SessionStateScope.SetAliasItem: a constant alias, or a read-only one without -Force, is not written. */
    private static boolean writable(CommandContext ctx, SessionAlias alias, boolean force, String command) {
        if (alias.has(ScopedItemOptions.Constant) || alias.has(ScopedItemOptions.ReadOnly) && !force) {
            ctx.writeError(UNAUTHORIZED, "Alias is not writeable because alias " + alias.name() + " is read-only or constant "
                    + "and cannot be written to.", "AliasNotWritable,Microsoft.PowerShell.Commands." + command, "WriteError",
                    alias.name());
            return false;
        }
        return true;
    }

    @Override
    public boolean remove(CommandContext ctx, Object item, boolean force, String command) {
        String name = nameOf(item);
        Scope owner = owner(ctx, name);
        SessionAlias alias = owner == null ? null : owner.aliases().get(LanguagePrimitives.fold(name));
        if (alias == null || alias.has(ScopedItemOptions.Constant) || alias.has(ScopedItemOptions.ReadOnly) && !force) {
            ctx.writeError(UNAUTHORIZED, "Alias was not removed because alias " + name + " is constant or read-only.",
                    "AliasNotRemovable,Microsoft.PowerShell.Commands." + command, "WriteError", name);
            return false;
        }
        owner.aliases().remove(LanguagePrimitives.fold(name));
        return true;
    }

    @Override
    public Object rename(CommandContext ctx, Object item, String newName, boolean force, String command) {
        String name = nameOf(item);
        Scope owner = owner(ctx, name);
        SessionAlias alias = owner == null ? null : owner.aliases().get(LanguagePrimitives.fold(name));
        if (alias == null || alias.has(ScopedItemOptions.Constant) || alias.has(ScopedItemOptions.ReadOnly) && !force) {
            ctx.writeError(UNAUTHORIZED, "Cannot rename alias because alias " + name + " is read-only or constant.",
                    "CannotRenameAlias,Microsoft.PowerShell.Commands." + command, "WriteError", name);
            return null;
        }
        owner.aliases().remove(LanguagePrimitives.fold(name));
        SessionAlias renamed = new SessionAlias(newName, alias.definition());
        renamed.setOptionBits(alias.optionBits());
        renamed.setDescription(alias.description());
        owner.aliases().put(LanguagePrimitives.fold(newName), renamed);
        return find(ctx, newName);
    }

    /** The scope whose table holds the session alias {@code name} (null for a built-in alias). */
    private static Scope owner(CommandContext ctx, String name) {
        for (Scope s = caller(ctx); s != null; s = s.parent()) {
            if (s.aliases().containsKey(LanguagePrimitives.fold(name))) {
                return s;
            }
        }
        return null;
    }

    private static Scope caller(CommandContext ctx) {
        return ((CommandContextImpl) ctx).callerScope();
    }
}
