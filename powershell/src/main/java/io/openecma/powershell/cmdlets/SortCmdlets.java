package io.openecma.powershell.cmdlets;

import io.openecma.powershell.dotnet.IntroSort;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.types.Members;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sort-Object as in 5.1 (Sort-Object.cs, OrderByProperty): keys are property names, script blocks
 * or hashtables {Expression; Ascending or Descending} that override -Descending for their key;
 * objects lacking a property sort after all others whatever the direction; -Unique keeps the first
 * of each run of equal keys. The sort is .NET's List.Sort, which is not stable.
 *
 * <p>-Stable, -Top N and -Bottom N are PowerShell 6.1+ parameters (Sort-Object.cs, Heapify): each
 * sorts stably (equal keys keep their input order); -Top keeps the first N of that order, -Bottom the
 * last N, both printed in sorted order. Added because they are new names: without them a command
 * sorts exactly as 5.1 does.
 */
public final class SortCmdlets {
    private SortCmdlets() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Sort-Object", Sort::new,
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.positional("Property", "object[]", 0), ParameterSpec.switchParameter("Descending"),
                ParameterSpec.switchParameter("Unique"), ParameterSpec.switchParameter("CaseSensitive"),
                ParameterSpec.named("Culture", "string"), ParameterSpec.switchParameter("Stable"),
                ParameterSpec.named("Top", "int"), ParameterSpec.named("Bottom", "int")).withAliases("sort"));
    }

    /** One sort key and its direction. */
    private record Key(PropertyExpression expression, boolean ascending) {
    }

    private record Entry(Object item, List<Object> values) {
    }

    private static final class Sort implements Cmdlet {
        private final List<Object> items = new ArrayList<>();

        @Override
        public void process(CommandContext c) {
            if (c.expectingInput()) {
                items.add(c.currentInput());
            } else if (c.isBound("InputObject")) {
                items.add(c.parameter("InputObject"));
            }
        }

        @Override
        public void end(CommandContext c) {
            boolean ascending = !c.switchPresent("Descending");
            boolean cs = c.switchPresent("CaseSensitive");
            List<Key> keys = new ArrayList<>();
            if (c.isBound("Property")) {
                for (Object p : LanguagePrimitives.toList(c.parameter("Property"))) {
                    keys.add(key(c, p, ascending));
                }
            }
            List<Entry> entries = new ArrayList<>();
            for (Object item : items) {
                List<Object> values = new ArrayList<>();
                if (keys.isEmpty()) {
                    values.add(item);
                } else {
                    for (Key k : keys) {
                        values.add(k.expression().value(c, item));
                    }
                }
                entries.add(new Entry(item, values));
            }
            List<Boolean> directions = new ArrayList<>();
            if (keys.isEmpty()) {
                directions.add(ascending);
            } else {
                keys.forEach(k -> directions.add(k.ascending()));
            }
            Comparator<Entry> comparer = (a, b) -> compare(a, b, directions, cs);
            SortWindow window = SortWindow.of(c);
            if (window.stable()) {
                entries.sort(comparer); // List.sort is stable, as 6.1's indexed heap sort is
            } else {
                IntroSort.sort(entries, comparer);
            }
            List<Object> sorted = new ArrayList<>();
            Entry previous = null;
            for (Entry e : entries) {
                if (c.switchPresent("Unique") && previous != null && comparer.compare(previous, e) == 0) {
                    continue;
                }
                sorted.add(e.item());
                previous = e;
            }
            window.select(sorted).forEach(c::writeObject);
        }

        private static int compare(Entry a, Entry b, List<Boolean> directions, boolean cs) {
            for (int i = 0; i < directions.size(); i++) {
                Object x = a.values().get(i);
                Object y = b.values().get(i);
                int r;
                if (x != Members.MISSING && y != Members.MISSING) {
                    r = ObjectComparer.compare(x, y, cs);
                    r = directions.get(i) ? r : -r;
                } else {
                    r = x != Members.MISSING ? -1 : y != Members.MISSING ? 1 : 0;
                }
                if (r != 0) {
                    return r;
                }
            }
            return 0;
        }

        private static Key key(CommandContext c, Object p, boolean ascending) {
            Object spec = LanguagePrimitives.base(p);
            if (!(spec instanceof Map<?, ?> table)) {
                return new Key(PropertyExpression.of(spec), ascending);
            }
            Object expression = null;
            Boolean asc = null;
            Boolean desc = null;
            for (Map.Entry<?, ?> e : table.entrySet()) {
                String k = LanguagePrimitives.toStringValue(e.getKey()).toLowerCase(Locale.ROOT);
                if (!k.isEmpty() && "expression".startsWith(k)) {
                    expression = e.getValue();
                } else if (!k.isEmpty() && "ascending".startsWith(k)) {
                    asc = LanguagePrimitives.isTrue(e.getValue());
                } else if (!k.isEmpty() && "descending".startsWith(k)) {
                    desc = LanguagePrimitives.isTrue(e.getValue());
                } else {
                    throw c.terminatingError("System.NotSupportedException", "The " + e.getKey()
                            + " key is not valid.", "DictionaryKeyIllegal", "InvalidArgument");
                }
            }
            if (expression == null) {
                throw c.terminatingError("System.NotSupportedException",
                        "The Expression key is missing.", "DictionaryKeyMandatoryEntry", "InvalidArgument");
            }
            boolean direction = asc != null ? asc : desc != null ? !desc : ascending;
            return new Key(PropertyExpression.of(expression), direction);
        }
    }
}
