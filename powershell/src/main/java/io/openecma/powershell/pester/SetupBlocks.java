package io.openecma.powershell.pester;

import io.openecma.powershell.ast.Block;
import io.openecma.powershell.ast.CommandElement;
import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.PipelineElement;
import io.openecma.powershell.ast.Statement;
import io.openecma.powershell.runtime.ScriptBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The BeforeAll/AfterAll/BeforeEach/AfterEach blocks a Describe or Context body declares directly.
 * As in Pester 4 they are found in the body's syntax before the body runs: BeforeAll runs first
 * wherever it is written, and the commands themselves do nothing when the body reaches them.
 */
record SetupBlocks(List<ScriptBlock> beforeAll, List<ScriptBlock> afterAll, List<ScriptBlock> beforeEach,
                   List<ScriptBlock> afterEach) {

    static SetupBlocks of(ScriptBlock fixture) {
        SetupBlocks found = new SetupBlocks(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Block block : new Block[] {fixture.body().begin(), fixture.body().process(), fixture.body().end()}) {
            if (block == null) {
                continue;
            }
            for (Statement s : block.statements()) {
                if (s instanceof Statement.Pipeline p && p.elements().size() == 1
                        && p.elements().get(0) instanceof PipelineElement.Command c) {
                    found.collect(c, fixture.module());
                }
            }
        }
        return found;
    }

    private void collect(PipelineElement.Command c, Object module) {
        String name = AstWalk.commandName(c);
        if (name == null) {
            return;
        }
        List<ScriptBlock> target = switch (name.toLowerCase(Locale.ROOT)) {
            case "beforeall" -> beforeAll;
            case "afterall" -> afterAll;
            case "beforeeach" -> beforeEach;
            case "aftereach" -> afterEach;
            default -> null;
        };
        if (target == null) {
            return;
        }
        for (CommandElement e : c.elements()) {
            Expression value = e instanceof CommandElement.Argument a ? a.value()
                    : e instanceof CommandElement.ParameterName p ? p.argument() : null;
            if (value instanceof Expression.ScriptBlock sb) {
                target.add(new ScriptBlock(sb.body(), module));
                return;
            }
        }
    }
}
