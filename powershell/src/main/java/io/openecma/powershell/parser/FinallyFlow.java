package io.openecma.powershell.parser;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Tracks where the parser stands for ControlLeavingFinally (SemanticChecks.cs CheckForFlowOutOfFinally):
 * {@code return} anywhere in a finally block, and {@code break}/{@code continue} outside any loop or
 * switch of that finally block, would leave it. A script block or function body starts afresh.
 */
final class FinallyFlow {

    private static final class Frame {
        final boolean inFinally;
        int loops;

        Frame(boolean inFinally) {
            this.inFinally = inFinally;
        }
    }

    private final Deque<Frame> frames = new ArrayDeque<>();

    FinallyFlow() {
        frames.push(new Frame(false));
    }

    void enterLoop() {
        frames.peek().loops++;
    }

    void exitLoop() {
        frames.peek().loops--;
    }

    void enterFinally() {
        frames.push(new Frame(true));
    }

    void enterScriptBlock() {
        frames.push(new Frame(false));
    }

    void exit() {
        frames.pop();
    }

    /** True when a return ({@code isReturn}) or an unlabeled break/continue here would leave a finally block. */
    boolean leavesFinally(boolean isReturn) {
        Frame top = frames.peek();
        return top.inFinally && (isReturn || top.loops == 0);
    }
}
