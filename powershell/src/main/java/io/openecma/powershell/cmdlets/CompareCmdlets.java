package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.types.Members;

import java.util.ArrayList;
import java.util.List;

/**
 * Compare-Object with 5.1's sync-window algorithm (Compare-Object.cs): each difference object is
 * matched against the next reference object, then against the backlogs of unmatched objects of
 * the other side (at most -SyncWindow long, default [int]::MaxValue); what falls out of a backlog
 * or is left at the end is reported with SideIndicator "<=" (reference only) or "=>".
 */
public final class CompareCmdlets {
    private CompareCmdlets() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Compare-Object", Compare::new,
                ParameterSpec.positional("ReferenceObject", "object[]", 0).asMandatory(),
                ParameterSpec.positional("DifferenceObject", "object[]", 1).asMandatory()
                        .fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.named("SyncWindow", "int"), ParameterSpec.named("Property", "object[]"),
                ParameterSpec.switchParameter("ExcludeDifferent"), ParameterSpec.switchParameter("IncludeEqual"),
                ParameterSpec.switchParameter("PassThru"), ParameterSpec.named("Culture", "string"),
                ParameterSpec.switchParameter("CaseSensitive")).withAliases("compare", "diff"));
    }

    /** One object with the values it is compared by. */
    private record Entry(Object item, List<Object> values) {
    }

    private static final class Compare implements Cmdlet {
        private List<Entry> reference;
        private int referenceIndex;
        private final List<Entry> referenceBacklog = new ArrayList<>();
        private final List<Entry> differenceBacklog = new ArrayList<>();
        private List<PropertyExpression> expressions;
        private boolean includeEqual;
        private boolean excludeDifferent;
        private int syncWindow;
        private boolean caseSensitive;

        @Override
        public void begin(CommandContext c) {
            expressions = c.isBound("Property") ? PropertyExpression.list(c.parameter("Property")) : List.of();
            excludeDifferent = c.switchPresent("ExcludeDifferent");
            includeEqual = c.switchPresent("IncludeEqual");
            if (excludeDifferent && !(c.isBound("IncludeEqual") && !includeEqual)) {
                includeEqual = true;
            }
            caseSensitive = c.switchPresent("CaseSensitive");
            syncWindow = Integer.MAX_VALUE;
            if (c.isBound("SyncWindow")) {
                syncWindow = LanguagePrimitives.toNumber(c.parameter("SyncWindow")).intValue();
                if (syncWindow < 0) {
                    throw c.terminatingError("System.Management.Automation.ParameterBindingException",
                            "Cannot validate argument on parameter 'SyncWindow'. The " + syncWindow + " argument is less than the "
                                    + "minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then "
                                    + "try the command again.", "ParameterArgumentValidationError", "InvalidData");
                }
            }
            checkNotNull(c, "ReferenceObject");
        }

        private static void checkNotNull(CommandContext c, String name) {
            if (c.parameter(name) == null) {
                throw c.terminatingError("System.Management.Automation.ParameterBindingException", "Cannot bind argument to "
                        + "parameter '" + name + "' because it is null.", "ParameterArgumentValidationErrorNullNotAllowed",
                        "InvalidData");
            }
        }

        private List<Entry> entries(CommandContext c, Object objects) {
            List<Entry> out = new ArrayList<>();
            for (Object o : LanguagePrimitives.toList(objects)) {
                List<Object> values = new ArrayList<>();
                if (expressions.isEmpty()) {
                    values.add(o);
                } else {
                    for (PropertyExpression e : expressions) {
                        Object v = e.value(c, o);
                        values.add(v == Members.MISSING ? null : v);
                    }
                }
                out.add(new Entry(o, values));
            }
            return out;
        }

        private boolean same(Entry a, Entry b) {
            for (int i = 0; i < a.values().size(); i++) {
                if (!ObjectComparer.same(a.values().get(i), b.values().get(i), caseSensitive)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void process(CommandContext c) {
            Object diff = c.expectingInput() ? c.currentInput() : c.parameter("DifferenceObject");
            if (!c.expectingInput()) {
                checkNotNull(c, "DifferenceObject");
            }
            if (reference == null) {
                reference = entries(c, c.parameter("ReferenceObject"));
            }
            List<Entry> differences = entries(c, c.expectingInput() ? java.util.Collections.singletonList(diff) : diff);
            if (reference.isEmpty()) {
                differences.forEach(d -> emit(c, d, "=>"));
                return;
            }
            for (Entry d : differences) {
                step(c, d);
            }
        }

        private void step(CommandContext c, Entry difference) {
            Entry ref = referenceIndex < reference.size() ? reference.get(referenceIndex++) : null;
            if (ref != null && difference != null && same(ref, difference)) {
                emit(c, ref, "==");
                return;
            }
            Entry match = matchAndRemove(difference, referenceBacklog);
            if (match != null) {
                emit(c, match, "==");
                difference = null;
            }
            if (matchAndRemove(ref, differenceBacklog) != null) {
                emit(c, ref, "==");
                ref = null;
            }
            if (difference != null) {
                backlog(c, difference, differenceBacklog, "=>");
            }
            if (ref != null) {
                backlog(c, ref, referenceBacklog, "<=");
            }
        }

        private void backlog(CommandContext c, Entry e, List<Entry> backlog, String side) {
            if (syncWindow == 0) {
                emit(c, e, side);
                return;
            }
            while (backlog.size() >= syncWindow) {
                emit(c, backlog.remove(0), side);
            }
            backlog.add(e);
        }

        private Entry matchAndRemove(Entry e, List<Entry> list) {
            if (e == null) {
                return null;
            }
            for (int i = 0; i < list.size(); i++) {
                if (same(e, list.get(i))) {
                    return list.remove(i);
                }
            }
            return null;
        }

        @Override
        public void end(CommandContext c) {
            if (reference == null) {
                reference = entries(c, c.parameter("ReferenceObject"));
            }
            while (referenceIndex < reference.size()) {
                step(c, null);
            }
            differenceBacklog.forEach(e -> emit(c, e, "=>"));
            differenceBacklog.clear();
            referenceBacklog.forEach(e -> emit(c, e, "<="));
            referenceBacklog.clear();
        }

        private void emit(CommandContext c, Entry e, String side) {
            if (side.equals("==") ? !includeEqual : excludeDifferent) {
                return;
            }
            PSObject out;
            if (c.switchPresent("PassThru")) {
                Object item = LanguagePrimitives.unwrapNull(e.item());
                out = item instanceof PSObject p ? p : new PSObject(item);
            } else {
                out = new PSObject();
                if (expressions.isEmpty()) {
                    out.setProperty("InputObject", e.item());
                } else {
                    for (int i = 0; i < expressions.size(); i++) {
                        String name = expressions.get(i).toString();
                        if (!out.hasProperty(name)) {
                            out.setProperty(name, e.values().get(i));
                        }
                    }
                }
            }
            out.removeProperty("SideIndicator");
            out.setProperty("SideIndicator", side);
            c.writeObject(out);
        }
    }
}
