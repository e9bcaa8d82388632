package io.openecma.powershell.pester;

/** The verdict of one assertion: its failure message (null when it held) and, for -PassThru, the data. */
record AssertionResult(String failureMessage, Object data) {

    static AssertionResult holds(boolean succeeded, String messageIfNot) {
        return new AssertionResult(succeeded ? null : messageIfNot, null);
    }

    boolean succeeded() {
        return failureMessage == null;
    }
}
