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
 * per input object, in turn, is that streaming.
 */
final class PerItemStages {

    private static final Set<String> NAMES = Set.of("where-object", "where", "?", "foreach-object", "foreach", "%");

    interface StageRunner {
        void run(PipelineElement.Command stage, List<Object> input, List<Object> out);
    }

    private PerItemStages() {
    }

    /** How many stages from {@code from} on are per-item stages. */
    static int length(List<PipelineElement> elements, int from) {
        int n = 0;
        while (from + n < elements.size() && perItem(elements.get(from + n))) {
            n++;
        }
        return n;
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
