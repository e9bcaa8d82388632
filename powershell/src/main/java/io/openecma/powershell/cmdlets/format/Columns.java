package io.openecma.powershell.cmdlets.format;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The columns of a view: an object's own properties, or the -Property arguments (wildcards expanded on the first object). */
final class Columns {
    private Columns() {
    }

    static List<Column> defaults(CommandContext c, Object first) {
        List<Column> out = new ArrayList<>();
        for (String name : ObjectShape.properties(first)) {
            out.add(new Column(name, name, 0, null, null));
        }
        return out;
    }

    static List<Column> of(CommandContext c, Object properties, Object first) {
        List<Column> out = new ArrayList<>();
        for (Object p : LanguagePrimitives.toList(properties)) {
            Object b = LanguagePrimitives.base(p);
            if (!(b instanceof Map<?, ?>) && !(b instanceof io.openecma.powershell.runtime.ScriptBlock)
                    && Wildcard.containsWildcard(LanguagePrimitives.toStringValue(b))) {
                Wildcard w = Wildcard.compile(LanguagePrimitives.toStringValue(b), false);
                for (String name : ObjectShape.properties(first)) {
                    if (w.matches(name)) {
                        out.add(new Column(name, name, 0, null, null));
                    }
                }
                continue;
            }
            out.add(Column.of(c, b));
        }
        return out;
    }
}
