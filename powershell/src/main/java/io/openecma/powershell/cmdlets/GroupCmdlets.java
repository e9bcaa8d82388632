package io.openecma.powershell.cmdlets;

import io.openecma.powershell.cmdlets.results.GroupInfo;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.types.Members;

import java.util.ArrayList;
import java.util.List;

/**
 * Group-Object as in 5.1: groups in the order their first member arrived (5.1 does not sort them;
 * 7 does), named by the key values joined with ", "; -AsHashTable keys a Hashtable by the single
 * key value (or by the name with -AsString).
 */
public final class GroupCmdlets {
    private GroupCmdlets() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Group-Object", Group::new,
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.positional("Property", "object[]", 0),
                ParameterSpec.switchParameter("NoElement"), ParameterSpec.switchParameter("AsHashTable"),
                ParameterSpec.switchParameter("AsString"), ParameterSpec.named("Culture", "string"),
                ParameterSpec.switchParameter("CaseSensitive")).withAliases("group"));
    }

    private static final class Group implements Cmdlet {
        private final List<GroupInfo> groups = new ArrayList<>();
        private List<PropertyExpression> expressions;

        @Override
        public void begin(CommandContext c) {
            if (c.switchPresent("AsString") && !c.switchPresent("AsHashTable")) {
                throw c.terminatingError("System.ArgumentException",
                        "The command cannot be run because the AsString parameter requires that you specify the AsHashtable parameter.",
                        "ArgumentException", "InvalidArgument");
            }
            expressions = c.isBound("Property") ? PropertyExpression.list(c.parameter("Property")) : List.of();
        }

        @Override
        public void process(CommandContext c) {
            Object input = c.expectingInput() ? c.currentInput() : c.parameter("InputObject");
            if (!c.expectingInput() && !c.isBound("InputObject") || LanguagePrimitives.unwrapNull(input) == null) {
                return;
            }
            List<Object> key = key(c, input);
            boolean cs = c.switchPresent("CaseSensitive");
            for (GroupInfo g : groups) {
                if (sameKey(g.getValues(), key, cs)) {
                    g.add(input);
                    return;
                }
            }
            GroupInfo g = new GroupInfo(GroupInfo.nameOf(key), key, c.switchPresent("NoElement"));
            g.add(input);
            groups.add(g);
        }

        private List<Object> key(CommandContext c, Object input) {
            List<Object> key = new ArrayList<>();
            if (expressions.isEmpty()) {
                key.add(input);
                return key;
            }
            for (PropertyExpression e : expressions) {
                for (PropertyExpression resolved : e.isScriptBlock() ? List.of(e) : e.resolve(input).isEmpty() ? List.of(e)
                        : e.resolve(input)) {
                    Object v = resolved.value(c, input);
                    key.add(v == Members.MISSING ? null : v);
                }
            }
            return key;
        }

        private static boolean sameKey(List<Object> a, List<Object> b, boolean caseSensitive) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!ObjectComparer.same(a.get(i), b.get(i), caseSensitive)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void end(CommandContext c) {
            if (!c.switchPresent("AsHashTable")) {
                groups.forEach(c::writeObject);
                return;
            }
            if (groups.isEmpty()) {
                return;
            }
            PSHashtable table = new PSHashtable();
            for (GroupInfo g : groups) {
                Object k = c.switchPresent("AsString") ? g.getName()
                        : g.getValues().size() == 1 ? LanguagePrimitives.base(g.getValues().get(0)) : g.getValues();
                if (k == null || table.containsKey(k)) {
                    c.writeError("System.ArgumentException", "The objects grouped by this property cannot be expanded because "
                            + "there is a key duplication. Provide a valid value for the property, and then try again.",
                            "InvalidOperation", "InvalidArgument", k);
                    return;
                }
                table.put(k, g.members().toArray());
            }
            c.writeObject(table);
        }
    }
}
