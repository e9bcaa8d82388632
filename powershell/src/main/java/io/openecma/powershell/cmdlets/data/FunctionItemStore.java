package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.cmdlets.results.FunctionCommandInfo;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.FunctionInfo;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ModuleInfo;
import io.openecma.powershell.runtime.Scope;
import io.openecma.powershell.runtime.ScopedItemOptions;
import io.openecma.powershell.runtime.ScriptBlock;
import io.openecma.powershell.types.facades.ScriptBlockStatics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Function: drive (FunctionProvider.cs): functions visible from the caller. Set-Item takes a script
 * block, a FunctionInfo or a string of script; without a value it changes only -Options, or removes the
 * function when there are none. New functions go to the caller's scope (SessionStateScope.SetFunction);
 * messages from SessionStateStrings.resx.
 */
final class FunctionItemStore implements SessionItemStore {
    private static final String UNAUTHORIZED = "System.Management.Automation.SessionStateUnauthorizedAccessException";

    @Override
    public String drive() {
        return "Function";
    }

    @Override
    public List<Object> items(CommandContext ctx) {
        Map<String, FunctionInfo> seen = new LinkedHashMap<>();
        for (Scope s = caller(ctx); s != null; s = s.parent()) {
            for (FunctionInfo f : s.functions().values()) {
                seen.putIfAbsent(LanguagePrimitives.fold(f.name()), f);
            }
        }
        List<Object> out = new ArrayList<>();
        seen.values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(f -> out.add(new FunctionCommandInfo(f)));
        return out;
    }

    @Override
    public String nameOf(Object item) {
        return ((FunctionCommandInfo) item).getName();
    }

    @Override
    public Object find(CommandContext ctx, String name) {
        FunctionInfo f = caller(ctx).findFunction(name);
        return f == null ? null : new FunctionCommandInfo(f);
    }

    @Override
    public Object set(CommandContext ctx, String name, Object value, Object options, boolean force, String command) {
        Scope scope = caller(ctx);
        FunctionInfo existing = scope.functions().get(LanguagePrimitives.fold(name));
        Object v = LanguagePrimitives.base(value);
        if (v == null) {
            FunctionInfo visible = scope.findFunction(name);
            if (options == null) {
                if (visible != null) {
                    remove(ctx, new FunctionCommandInfo(visible), force, command);
                }
                return null;
            }
            if (visible == null) {
                return null;
            }
            return store(ctx, ownerOf(scope, visible), visible.withOptions(ScopedItemOptions.bitsOf(options)));
        }
        FunctionInfo made;
        if (v instanceof ScriptBlock block) {
            made = fromBlock(name, block, options == null ? 0 : ScopedItemOptions.bitsOf(options));
        } else if (v instanceof FunctionCommandInfo info) {
            FunctionInfo f = info.function();
            made = new FunctionInfo(name, f.filter(), f.parameters(), f.body(), f.module(),
                    options == null ? f.optionBits() : ScopedItemOptions.bitsOf(options), info.getScriptBlock());
        } else if (v instanceof String text) {
            made = fromBlock(name, ScriptBlockStatics.Create(text), options == null ? 0 : ScopedItemOptions.bitsOf(options));
        } else {
            ctx.writeError("System.Management.Automation.PSArgumentException", "Cannot process argument because the value of "
                    + "argument \"value\" is not valid. Change the value of the \"value\" argument and run the operation again.",
                    "Argument,Microsoft.PowerShell.Commands." + command, "InvalidArgument", value);
            return null;
        }
        if (existing != null) {
            if (existing.has(ScopedItemOptions.Constant) || existing.has(ScopedItemOptions.ReadOnly) && !force) {
                ctx.writeError(UNAUTHORIZED, "Cannot write to function " + name + " because it is read-only or constant.",
                        "FunctionNotWritable,Microsoft.PowerShell.Commands." + command, "WriteError", name);
                return null;
            }
            if (made.has(ScopedItemOptions.Constant)) {
                ctx.writeError(UNAUTHORIZED, "Existing function " + name + " cannot be made constant. Functions can be "
                        + "made constant only at creation time.", "FunctionCannotBeMadeConstant,Microsoft.PowerShell."
                        + "Commands." + command, "WriteError", name);
                return null;
            }
        }
        return store(ctx, scope, made);
    }

    private static FunctionInfo fromBlock(String name, ScriptBlock block, long bits) {
        ModuleInfo module = block.module() instanceof ModuleInfo m ? m : null;
        return new FunctionInfo(name, false, List.of(), block.body(), module, bits, block);
    }

    private static Object store(CommandContext ctx, Scope scope, FunctionInfo f) {
        scope.defineFunction(f);
        return new FunctionCommandInfo(f);
    }

    @Override
    public boolean remove(CommandContext ctx, Object item, boolean force, String command) {
        FunctionInfo f = ((FunctionCommandInfo) item).function();
        if (f.has(ScopedItemOptions.Constant) || f.has(ScopedItemOptions.ReadOnly) && !force) {
            ctx.writeError(UNAUTHORIZED, "Cannot remove function " + f.name() + " because it is constant.",
                    "FunctionNotRemovable,Microsoft.PowerShell.Commands." + command, "WriteError", f.name());
            return false;
        }
        Scope owner = ownerOf(caller(ctx), f);
        owner.functions().remove(LanguagePrimitives.fold(f.name()));
        return true;
    }

    @Override
    public Object rename(CommandContext ctx, Object item, String newName, boolean force, String command) {
        FunctionInfo f = ((FunctionCommandInfo) item).function();
        if (f.has(ScopedItemOptions.Constant) || f.has(ScopedItemOptions.ReadOnly) && !force) {
            // FunctionProvider.CanRenameItem
            ctx.writeError(UNAUTHORIZED, "Cannot rename function because function " + f.name() + " is read-only or constant.",
                    "CannotRenameFunction,Microsoft.PowerShell.Commands." + command, "WriteError", f.name());
            return null;
        }
        Scope owner = ownerOf(caller(ctx), f);
        owner.functions().remove(LanguagePrimitives.fold(f.name()));
        return store(ctx, owner, f.renamed(newName));
    }

    /** The scope (from {@code start} up) that defines {@code f}. */
    private static Scope ownerOf(Scope start, FunctionInfo f) {
        for (Scope s = start; s != null; s = s.parent()) {
            if (s.functions().get(LanguagePrimitives.fold(f.name())) == f) {
                return s;
            }
        }
        return start;
    }

    private static Scope caller(CommandContext ctx) {
        return ((CommandContextImpl) ctx).callerScope();
    }
}
