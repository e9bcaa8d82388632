package io.openecma.powershell.cmdlets.trace;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;

import java.util.ArrayList;
import java.util.List;

/** A string[] parameter's values. */
final class CmdletArgs {
    private CmdletArgs() {
    }

    static List<String> strings(CommandContext ctx, String name) {
        List<String> out = new ArrayList<>();
        Object v = ctx.parameter(name);
        if (v == null) {
            return out;
        }
        for (Object o : LanguagePrimitives.toList(v)) {
            out.add(o == null ? null : LanguagePrimitives.toStringValue(o));
        }
        return out;
    }
}
