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

/** ForEach-Object and Where-Object (Select-Object: {@link SelectObjectCommand}). */
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
        SelectObjectCommand.register(r);
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
