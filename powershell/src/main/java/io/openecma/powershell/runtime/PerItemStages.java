package io.openecma.powershell.runtime;

import io.openecma.powershell.ast.CommandElement;
import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.PipelineElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PowerShell streams a pipeline: each object a stage writes goes through the next stage's process
 * block before the stage reads its next input. The engine runs stages one after another, which
 * shows when one script block sets a variable the next reads ({@code Where-Object { ($p = $_.Name) }
 * | ForEach-Object { $x.$p }}, as PowerShell's HelpersLanguage.psm1 does). Adjacent Where-Object and
 * ForEach-Object stages given just one script block have no begin or end work, so running them once
 * per input object, in turn, is that streaming. Running a command per object costs more than one
 * run over all of them, so it is done only where the order can be seen in values: when a block
 * before the last one assigns a variable.
 */
final class PerItemStages {

    private static final Set<String> NAMES = Set.of("where-object", "where", "?", "foreach-object", "foreach", "%");

    interface StageRunner {
        void run(PipelineElement.Command stage, List<Object> input, List<Object> out);
    }

    private PerItemStages() {
    }

    /** How many stages from {@code from} on are per-item stages to interleave (0 when none need it). */
    static int length(List<PipelineElement> elements, int from) {
        int n = 0;
        while (from + n < elements.size() && perItem(elements.get(from + n))) {
            n++;
        }
        for (int i = from; i < from + n - 1; i++) {
            if (assigns(((PipelineElement.Command) elements.get(i)).elements().get(0))) {
                return n;
            }
        }
        return 0;
    }

    /** Whether a syntax tree holds an assignment or ++/-- anywhere (a walk over the AST records). */
    private static boolean assigns(Object node) {
        if (node instanceof io.openecma.powershell.ast.Statement.Assignment) {
            return true;
        }
        if (node instanceof Expression.Unary u && (u.operator().equals("++") || u.operator().equals("--"))) {
            return true;
        }
        if (node instanceof List<?> list) {
            for (Object o : list) {
                if (assigns(o)) {
                    return true;
                }
            }
            return false;
        }
        if (node == null || !node.getClass().isRecord()) {
            return false;
        }
        for (java.lang.reflect.RecordComponent c : node.getClass().getRecordComponents()) {
            try {
                if (assigns(c.getAccessor().invoke(node))) {
                    return true;
                }
            } catch (ReflectiveOperationException e) {
                return true; // cannot tell: interleave, which is always right
            }
        }
        return false;
    }

    private static boolean perItem(PipelineElement e) {
        return e instanceof PipelineElement.Command c && c.invocation().isEmpty() && c.redirections().isEmpty()
                && c.name() instanceof Expression.StringConstant name && NAMES.contains(name.value().toLowerCase(Locale.ROOT))
                && c.elements().size() == 1 && c.elements().get(0) instanceof CommandElement.Argument a
                && a.value() instanceof Expression.ScriptBlock;
    }

    /** Passes each input object through all the stages before taking the next one. */
    static void run(List<PipelineElement> stages, List<Object> input, List<Object> out, StageRunner runner) {
        for (Object item : input) {
            List<Object> current = new ArrayList<>(1);
            current.add(item);
            for (PipelineElement stage : stages) {
                if (current.isEmpty()) {
                    break;
                }
                List<Object> next = new ArrayList<>();
                runner.run((PipelineElement.Command) stage, current, next);
                current = next;
            }
            out.addAll(current);
        }
    }
}
