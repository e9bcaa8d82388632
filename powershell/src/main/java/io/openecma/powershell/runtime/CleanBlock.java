package io.openecma.powershell.runtime;

import io.openecma.powershell.ast.Block;

import java.util.ArrayList;

/**
 * PowerShell 7.3's clean block (additive; 5.1 cannot parse one): it runs after begin/process/end,
 * also when they stop on an error, and writes nothing to the pipeline. CompiledScriptBlock.cs
 * DoCleanResource gives it a null output pipe ("The 'Clean' block doesn't write any output to
 * pipeline"). Not done: 7's "skip clean when no other block ran" and its own error reporting.
 */
final class CleanBlock {

    private CleanBlock() {
    }

    static void run(Interpreter interp, Block clean) {
        if (clean == null) {
            return;
        }
        try {
            interp.runBlock(clean, new ArrayList<>());
        } catch (ControlFlow.Return r) {
            // 'return' ends the block, as in begin/process/end.
        }
    }
}
