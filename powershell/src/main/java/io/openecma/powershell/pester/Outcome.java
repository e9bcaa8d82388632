package io.openecma.powershell.pester;

/** What became of one It block (Pester 4's result names). */
public enum Outcome {
    PASSED, FAILED, SKIPPED, PENDING, INCONCLUSIVE;

    /** Skipped, pending and inconclusive are all counted as skipped in the summaries. */
    public boolean countsAsSkipped() {
        return this == SKIPPED || this == PENDING || this == INCONCLUSIVE;
    }
}
