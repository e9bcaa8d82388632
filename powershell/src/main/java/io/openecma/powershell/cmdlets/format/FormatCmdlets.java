package io.openecma.powershell.cmdlets.format;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Format-Table, Format-List, Format-Wide and Out-String. The Format-* cmdlets collect their input
 * and write one {@link FormattedOutput} with the rendered lines; Out-String renders anything.
 */
public final class FormatCmdlets {
    private FormatCmdlets() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Format-Table", () -> new Format(Kind.TABLE), common(
                ParameterSpec.switchParameter("AutoSize"), ParameterSpec.switchParameter("HideTableHeaders"),
                ParameterSpec.switchParameter("Wrap"))).withAliases("ft"));
        r.register(CmdletDefinition.of("Format-List", () -> new Format(Kind.LIST), common()).withAliases("fl"));
        r.register(CmdletDefinition.of("Format-Wide", () -> new Format(Kind.WIDE), common(
                ParameterSpec.switchParameter("AutoSize"), ParameterSpec.named("Column", "int"))).withAliases("fw"));
        r.register(CmdletDefinition.of("Out-String", OutString::new,
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.switchParameter("Stream"), ParameterSpec.named("Width", "int")));
        FormatDataCmdlets.register(r);
        FormatCustomCommand.register(r);
    }

    private static ParameterSpec[] common(ParameterSpec... extra) {
        List<ParameterSpec> specs = new ArrayList<>(List.of(
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.positional("Property", "object[]", 0), ParameterSpec.named("GroupBy", "object"),
                ParameterSpec.named("View", "string"), ParameterSpec.switchParameter("ShowError"),
                ParameterSpec.switchParameter("DisplayError"), ParameterSpec.switchParameter("Force"),
                ParameterSpec.named("Expand", "string")));
        specs.addAll(List.of(extra));
        return specs.toArray(new ParameterSpec[0]);
    }

    private enum Kind { TABLE, LIST, WIDE }

    /** Pipeline input, or -InputObject as one object. */
    static void collect(CommandContext c, List<Object> items) {
        if (c.expectingInput()) {
            items.add(c.currentInput());
        } else if (c.isBound("InputObject")) {
            items.add(c.parameter("InputObject"));
        }
    }

    /** Dictionaries are shown entry by entry (5.1 formats a Hashtable's DictionaryEntry items). */
    static List<Object> expandDictionaries(List<Object> items) {
        List<Object> out = new ArrayList<>();
        for (Object item : items) {
            Object v = LanguagePrimitives.unwrapNull(item);
            if (LanguagePrimitives.base(v) instanceof Map<?, ?> m) {
                out.addAll(m.entrySet());
            } else if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private static final class Format implements Cmdlet {
        private final Kind kind;
        private final List<Object> items = new ArrayList<>();

        Format(Kind kind) {
            this.kind = kind;
        }

        @Override
        public void begin(CommandContext c) {
            FormatParameterChecks.viewAndProperty(c);
        }

        @Override
        public void process(CommandContext c) {
            collect(c, items);
        }

        @Override
        public void end(CommandContext c) {
            List<Object> objects = expandDictionaries(items);
            if (objects.isEmpty()) {
                return;
            }
            List<String> lines = new ArrayList<>();
            Column group = c.isBound("GroupBy") && c.parameter("GroupBy") != null ? Column.of(c, c.parameter("GroupBy")) : null;
            int start = 0;
            while (start < objects.size()) {
                int end = start + 1;
                String groupValue = group == null ? null : group.text(c, objects.get(start));
                while (end < objects.size() && (group == null || Objects.equals(groupValue, group.text(c, objects.get(end))))) {
                    end++;
                }
                if (group != null) {
                    lines.add("");
                    lines.add("   " + group.label() + ": " + groupValue);
                }
                lines.addAll(render(c, objects.subList(start, end)));
                start = end;
            }
            c.writeObject(new FormattedOutput(lines));
        }

        private List<String> render(CommandContext c, List<Object> objects) {
            boolean byProperty = c.isBound("Property") && c.parameter("Property") != null;
            List<String> lines = new ArrayList<>();
            List<Object> run = new ArrayList<>();
            String runKey = null;
            for (Object o : objects) {
                boolean scalar = ObjectShape.isScalar(o) && !(byProperty && c.switchPresent("Force") && kind == Kind.TABLE);
                if (scalar) {
                    lines.addAll(flush(c, run, byProperty));
                    if (!byProperty) {
                        lines.addAll(List.of(LanguagePrimitives.toStringValue(o).split("\r?\n", -1)));
                    }
                    continue;
                }
                String key = byProperty ? "" : o instanceof Map.Entry<?, ?> ? "entry" : ObjectShape.key(o);
                if (!run.isEmpty() && !key.equals(runKey)) {
                    lines.addAll(flush(c, run, byProperty));
                }
                run.add(o);
                runKey = key;
            }
            lines.addAll(flush(c, run, byProperty));
            return lines;
        }

        private List<String> flush(CommandContext c, List<Object> run, boolean byProperty) {
            if (run.isEmpty()) {
                return List.of();
            }
            Object first = run.get(0);
            List<Column> columns = byProperty ? Columns.of(c, c.parameter("Property"), first)
                    : first instanceof Map.Entry<?, ?> ? List.of(new Column("Name", "Key", kind == Kind.TABLE ? 30 : 0, null, null),
                    new Column("Value", "Value", 0, null, null)) : defaultColumns(c, first);
            List<String> lines = switch (kind) {
                case TABLE -> TextFormatter.table(c, run, columns, c.switchPresent("HideTableHeaders"), TextFormatter.DEFAULT_WIDTH);
                case LIST -> TextFormatter.list(c, run, columns);
                case WIDE -> wide(c, run, columns);
            };
            run.clear();
            return lines;
        }

        /** Format-Table uses a loaded table view (the -View one if named); the others the object's properties. */
        private List<Column> defaultColumns(CommandContext c, Object first) {
            String viewName = c.isBound("View") && c.parameter("View") != null ? LanguagePrimitives.toStringValue(c.parameter("View")) : null;
            List<Column> view = kind == Kind.TABLE ? ViewColumns.table(first, viewName) : null;
            if (view == null && kind == Kind.TABLE && viewName != null) {
                throw ViewNotFound.error(c, viewName, "Table", first);
            }
            return view != null ? view : Columns.defaults(c, first);
        }

        private static List<String> wide(CommandContext c, List<Object> run, List<Column> columns) {
            Column column = columns.isEmpty() ? null : columns.stream().filter(col -> col.label().equalsIgnoreCase("Name"))
                    .findFirst().orElse(columns.get(0));
            List<String> texts = new ArrayList<>();
            for (Object o : run) {
                texts.add(column == null ? LanguagePrimitives.toStringValue(o) : column.text(c, o));
            }
            int count = c.isBound("Column") ? Math.max(1, LanguagePrimitives.toNumber(c.parameter("Column")).intValue()) : 2;
            int cell = TextFormatter.DEFAULT_WIDTH / count;
            if (c.switchPresent("AutoSize")) {
                cell = texts.stream().mapToInt(String::length).max().orElse(0) + 1;
                count = Math.max(1, TextFormatter.DEFAULT_WIDTH / Math.max(1, cell));
            }
            List<String> lines = new ArrayList<>();
            lines.add("");
            for (int i = 0; i < texts.size(); i += count) {
                StringBuilder sb = new StringBuilder();
                for (int j = i; j < Math.min(texts.size(), i + count); j++) {
                    String t = texts.get(j);
                    if (t.length() >= cell) {
                        t = t.substring(0, Math.max(0, cell - 4)) + "...";
                    }
                    sb.append(t).append(" ".repeat(Math.max(0, cell - t.length())));
                }
                lines.add(TableRenderer.stripTrailing(sb.toString()));
            }
            lines.add("");
            return lines;
        }
    }

    /** Out-String: the rendered text of all input (lines ending in CRLF), or each line with -Stream. */
    private static final class OutString implements Cmdlet {
        private final List<Object> items = new ArrayList<>();

        @Override
        public void process(CommandContext c) {
            collect(c, items);
        }

        @Override
        public void end(CommandContext c) {
            int width = c.isBound("Width") ? LanguagePrimitives.toNumber(c.parameter("Width")).intValue() : TextFormatter.DEFAULT_WIDTH;
            List<String> lines = TextFormatter.render(c, items, width);
            if (c.switchPresent("Stream")) {
                lines.forEach(c::writeObject);
                return;
            }
            StringBuilder sb = new StringBuilder();
            for (String line : lines) {
                sb.append(line).append("\r\n");
            }
            c.writeObject(sb.toString());
        }
    }
}
