package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.runtime.ScriptBlock;
import io.openecma.powershell.dotnet.Wildcard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** ForEach-Object, Where-Object and Select-Object. */
public final class PipelineCmdlets {

    private PipelineCmdlets() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("ForEach-Object", ForEach::new,
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.positional("Process", "object", 0).remainingArguments(),
                ParameterSpec.named("Begin", "scriptblock"), ParameterSpec.named("End", "scriptblock"),
                ParameterSpec.named("MemberName", "string")).withAliases("%", "foreach"));
        r.register(WhereObjectCommand.definition());
        r.register(CmdletDefinition.of("Select-Object", Select::new,
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.positional("Property", "object[]", 0), ParameterSpec.named("ExpandProperty", "string"),
                ParameterSpec.named("First", "int"), ParameterSpec.named("Last", "int"), ParameterSpec.named("Skip", "int"),
                ParameterSpec.switchParameter("Unique"), ParameterSpec.named("ExcludeProperty", "string[]"),
                ParameterSpec.named("Index", "int[]")).withAliases("select"));
    }

    private static final class ForEach implements Cmdlet {
        private List<ScriptBlock> blocks;

        @Override
        public void begin(CommandContext c) {
            blocks = new ArrayList<>();
            for (Object b : LanguagePrimitives.toList(c.parameter("Process"))) {
                if (b instanceof ScriptBlock sb) {
                    blocks.add(sb);
                }
            }
            if (c.parameter("Begin") instanceof ScriptBlock sb) {
                c.writeEnumerated(c.invoke(sb, null).toArray());
            }
            if (blocks.size() > 1 && !c.isBound("Begin")) {
                // ForEach-Object {begin} {process} {end} positional form.
                c.invoke(blocks.get(0), null).forEach(c::writeObject);
                blocks = blocks.subList(1, blocks.size());
            }
        }

        @Override
        public void process(CommandContext c) {
            if (!c.expectingInput()) {
                return;
            }
            Object item = c.currentInput();
            if (c.isBound("MemberName") || !c.isBound("Process") || blocks.isEmpty() && c.parameter("Process") != null) {
                String member = c.isBound("MemberName") ? LanguagePrimitives.toStringValue(c.parameter("MemberName"))
                        : LanguagePrimitives.toStringValue(c.parameter("Process"));
                Object v = io.openecma.powershell.types.Members.getProperty(item, member);
                if (v == io.openecma.powershell.types.Members.MISSING) {
                    v = io.openecma.powershell.types.Members.invoke(item, member, List.of());
                }
                c.writeEnumerated(v == io.openecma.powershell.types.Members.MISSING ? null : v);
                return;
            }
            for (Object o : c.invoke(blocks.get(0), item)) {
                c.writeObject(o);
            }
        }

        @Override
        public void end(CommandContext c) {
            if (c.parameter("End") instanceof ScriptBlock sb) {
                c.invoke(sb, null).forEach(c::writeObject);
            } else if (blocks.size() > 1) {
                c.invoke(blocks.get(1), null).forEach(c::writeObject);
            }
        }
    }

    private static final class Select implements Cmdlet {
        private final List<Object> items = new ArrayList<>();
        private int seen;

        @Override
        public void process(CommandContext c) {
            if (!c.expectingInput() && !c.isBound("InputObject")) {
                return;
            }
            Object item = c.expectingInput() ? c.currentInput() : c.parameter("InputObject");
            seen++;
            if (c.isBound("Skip") && seen <= LanguagePrimitives.toNumber(c.parameter("Skip")).intValue()) {
                return;
            }
            if (c.isBound("First") && !c.isBound("Last") && !c.switchPresent("Unique")) {
                int first = LanguagePrimitives.toNumber(c.parameter("First")).intValue();
                int emitted = seen - (c.isBound("Skip") ? LanguagePrimitives.toNumber(c.parameter("Skip")).intValue() : 0);
                if (emitted <= first) {
                    emit(c, item);
                }
                return;
            }
            items.add(item);
        }

        @Override
        public void end(CommandContext c) {
            List<Object> list = items;
            if (c.switchPresent("Unique")) {
                List<Object> unique = new ArrayList<>();
                for (Object o : list) {
                    if (unique.stream().noneMatch(u -> LanguagePrimitives.equals(u, o, true))) {
                        unique.add(o);
                    }
                }
                list = unique;
            }
            if (c.isBound("First")) {
                list = list.subList(0, Math.min(list.size(), LanguagePrimitives.toNumber(c.parameter("First")).intValue()));
            }
            if (c.isBound("Last")) {
                int n = LanguagePrimitives.toNumber(c.parameter("Last")).intValue();
                list = list.subList(Math.max(0, list.size() - n), list.size());
            }
            if (c.isBound("Index")) {
                List<Object> picked = new ArrayList<>();
                for (Object i : LanguagePrimitives.toList(c.parameter("Index"))) {
                    int idx = LanguagePrimitives.toNumber(i).intValue();
                    if (idx >= 0 && idx < list.size()) {
                        picked.add(list.get(idx));
                    }
                }
                list = picked;
            }
            for (Object o : list) {
                emit(c, o);
            }
        }

        private void emit(CommandContext c, Object item) {
            var interp = ((CommandContextImpl) c).interpreter();
            if (c.isBound("ExpandProperty")) {
                String name = LanguagePrimitives.toStringValue(c.parameter("ExpandProperty"));
                Object v = io.openecma.powershell.types.Members.getProperty(item, name);
                if (v == io.openecma.powershell.types.Members.MISSING) {
                    c.writeError("System.Management.Automation.PSArgumentException",
                            "Property \"" + name + "\" cannot be found.", "ExpandPropertyNotFound", "InvalidArgument", item);
                    return;
                }
                c.writeEnumerated(v);
                return;
            }
            if (!c.isBound("Property")) {
                c.writeObject(item);
                return;
            }
            PSObject result = new PSObject();
            for (Object p : LanguagePrimitives.toList(c.parameter("Property"))) {
                Object spec = LanguagePrimitives.base(p);
                if (spec instanceof Map<?, ?> calc) {
                    Object name = null;
                    Object expr = null;
                    for (Map.Entry<?, ?> e : calc.entrySet()) {
                        String k = LanguagePrimitives.toStringValue(e.getKey()).toLowerCase(java.util.Locale.ROOT);
                        if ("name".startsWith(k) || "label".startsWith(k)) {
                            name = e.getValue();
                        } else if ("expression".startsWith(k)) {
                            expr = e.getValue();
                        }
                    }
                    Object value = expr instanceof ScriptBlock sb
                            ? LanguagePrimitives.fromPipeline(c.invoke(sb, item))
                            : interp.getMember(item, LanguagePrimitives.toStringValue(expr));
                    result.setProperty(LanguagePrimitives.toStringValue(name != null ? name : expr), value);
                    continue;
                }
                String pattern = LanguagePrimitives.toStringValue(spec);
                if (Wildcard.containsWildcard(pattern)) {
                    Wildcard w = Wildcard.compile(pattern, false);
                    List<Object> excluded = c.isBound("ExcludeProperty")
                            ? LanguagePrimitives.toList(c.parameter("ExcludeProperty")) : List.of();
                    for (String n : propertyNames(item)) {
                        boolean skip = excluded.stream().anyMatch(x ->
                                Wildcard.compile(LanguagePrimitives.toStringValue(x), false).matches(n));
                        if (w.matches(n) && !skip) {
                            result.setProperty(n, interp.getMember(item, n));
                        }
                    }
                } else {
                    Object v = io.openecma.powershell.types.Members.getProperty(item, pattern);
                    result.setProperty(pattern, v == io.openecma.powershell.types.Members.MISSING ? null : v);
                }
            }
            c.writeObject(result);
        }
    }

    static List<String> propertyNames(Object item) {
        List<String> names = new ArrayList<>();
        Object v = LanguagePrimitives.unwrapNull(item);
        if (v instanceof PSObject o) {
            o.properties().forEach(p -> names.add(p.name()));
        } else if (v instanceof PSHashtable h) {
            h.keySet().forEach(k -> names.add(LanguagePrimitives.toStringValue(k)));
        }
        return names;
    }
}
