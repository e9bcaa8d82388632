package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PSObject;
import java.util.List;

/**
 * What the item cmdlets do on a session drive (Alias:, Function:), after SessionStateProviderBase:
 * a wildcard leaf selects the matching items (-Filter/-Include/-Exclude narrow them), a plain name
 * that matches nothing is "Cannot find path" (PathNotFound), a wildcard that matches nothing is no error.
 */
final class SessionItemCommands {
    private SessionItemCommands() {
    }

    /** The items {@code target} names, filtered; writes PathNotFound for a missing plain name. */
    static List<Object> matches(CommandContext ctx, SessionItemPath target, boolean literal, String command) {
        SessionItemStore store = target.store();
        ItemFilter filter = ItemFilter.of(ctx);
        if (target.isRoot()) {
            return store.items(ctx).stream().filter(i -> filter.acceptsName(store.nameOf(i))).toList();
        }
        if (!literal && Wildcard.containsWildcard(target.leaf())) {
            Wildcard w = Wildcard.compile(target.leaf(), false);
            return store.items(ctx).stream().filter(i -> w.matches(store.nameOf(i)) && filter.acceptsName(store.nameOf(i)))
                    .toList();
        }
        String name = literal ? target.leaf() : unescape(target.leaf());
        Object item = store.find(ctx, name);
        if (item == null) {
            ScriptPaths.notFound(ctx, target.shown(), command);
            return List.of();
        }
        return filter.acceptsName(store.nameOf(item)) ? List.of(item) : List.of();
    }

    /** Get-Item: the drive's root is the drive itself, which the engine does not model as an item. */
    static void getItem(CommandContext ctx, SessionItemPath target, boolean literal) {
        if (target.isRoot()) {
            ctx.writeError("System.NotSupportedException", "Get-Item of the " + target.store().drive() + ": drive's root is "
                    + "not supported by the engine.", "NotSupported,Microsoft.PowerShell.Commands.GetItemCommand",
                    "NotImplemented", target.shown());
            return;
        }
        matches(ctx, target, literal, "GetItemCommand").forEach(i -> ctx.writeObject(decorated(target, i)));
    }

    static void childItems(CommandContext ctx, SessionItemPath target, boolean literal) {
        matches(ctx, target, literal, "GetChildItemCommand").forEach(i -> ctx.writeObject(decorated(target, i)));
    }

    static boolean exists(CommandContext ctx, SessionItemPath target, String kind) {
        if (target.isRoot()) {
            return !"leaf".equals(kind);
        }
        if ("container".equals(kind)) {
            return false;
        }
        SessionItemStore store = target.store();
        if (Wildcard.containsWildcard(target.leaf())) {
            Wildcard w = Wildcard.compile(target.leaf(), false);
            return store.items(ctx).stream().anyMatch(i -> w.matches(store.nameOf(i)));
        }
        return store.find(ctx, target.leaf()) != null;
    }

    /** Set-Item: a plain name is created when missing; a wildcard changes only the matching items. */
    static void setItem(CommandContext ctx, SessionItemPath target, boolean literal, Object value, Object options) {
        boolean force = ctx.switchPresent("Force");
        SessionItemStore store = target.store();
        List<String> names;
        if (!literal && Wildcard.containsWildcard(target.leaf())) {
            Wildcard w = Wildcard.compile(target.leaf(), false);
            ItemFilter filter = ItemFilter.of(ctx);
            names = store.items(ctx).stream().map(store::nameOf).filter(n -> w.matches(n) && filter.acceptsName(n)).toList();
        } else {
            names = List.of(literal ? target.leaf() : unescape(target.leaf()));
        }
        for (String name : names) {
            if (io.openecma.powershell.runtime.WhatIf.skips(ctx, "Set Item", "Item: " + target.shown(name))) {
                continue;
            }
            Object item = store.set(ctx, name, value, options, force, "SetItemCommand");
            if (item != null && ctx.switchPresent("PassThru")) {
                ctx.writeObject(decorated(target, item));
            }
        }
    }

    /** New-Item Alias:\ -Name x -Value y: an existing item is NewItemAlreadyExists unless -Force. */
    static void newItem(CommandContext ctx, SessionItemPath target, String name, Object value) {
        String leaf = name == null ? target.leaf() : name;
        String shown = target.shown(leaf);
        if (value == null) {
            ctx.writeError("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: value",
                    "NewItemValueNotSpecified,Microsoft.PowerShell.Commands.NewItemCommand", "InvalidArgument", shown);
            return;
        }
        boolean force = ctx.switchPresent("Force");
        if (target.store().find(ctx, leaf) != null && !force) {
            ctx.writeError("System.Management.Automation.PSArgumentException", "The item at path '" + leaf
                    + "' already exists.", "Argument,Microsoft.PowerShell.Commands.NewItemCommand", "InvalidArgument", leaf);
            return;
        }
        if (io.openecma.powershell.runtime.WhatIf.skips(ctx, "New Item", "Item: " + shown)) {
            return;
        }
        Object options = ctx.isBound("Options") ? ctx.parameter("Options") : null;
        Object item = target.store().set(ctx, leaf, value, options, force, "NewItemCommand");
        if (item != null) {
            ctx.writeObject(decorated(target, item));
        }
    }

    static void removeItem(CommandContext ctx, SessionItemPath target, boolean literal) {
        boolean force = ctx.switchPresent("Force");
        for (Object item : matches(ctx, target, literal, "RemoveItemCommand")) {
            if (io.openecma.powershell.runtime.WhatIf.skips(ctx, "Remove Item", "Item: " + target.shown(target.store().nameOf(item)))) {
                continue;
            }
            target.store().remove(ctx, item, force, "RemoveItemCommand");
        }
    }

    static void renameItem(CommandContext ctx, SessionItemPath target, boolean literal, String newName) {
        List<Object> found = matches(ctx, target, literal, "RenameItemCommand");
        if (found.isEmpty()) {
            return;
        }
        Object renamed = target.store().rename(ctx, found.get(0), newName, ctx.switchPresent("Force"), "RenameItemCommand");
        if (renamed != null && ctx.switchPresent("PassThru")) {
            ctx.writeObject(decorated(target, renamed));
        }
    }

    /** The item with the provider's note properties (PSPath, PSDrive, PSProvider, PSIsContainer), as WriteItemObject adds. */
    private static Object decorated(SessionItemPath target, Object item) {
        String drive = target.store().drive();
        PSObject o = new PSObject(item);
        o.addNoteProperty("PSPath", "Microsoft.PowerShell.Core\\" + drive + "::" + target.store().nameOf(item));
        o.addNoteProperty("PSDrive", drive);
        o.addNoteProperty("PSProvider", "Microsoft.PowerShell.Core\\" + drive);
        o.addNoteProperty("PSIsContainer", false);
        return o;
    }

    /** A wildcard-escaped name ({@code a`*b}) as the literal name it stands for. */
    private static String unescape(String pattern) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '`' && i + 1 < pattern.length()) {
                c = pattern.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
