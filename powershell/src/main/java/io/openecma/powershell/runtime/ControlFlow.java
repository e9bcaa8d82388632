package io.openecma.powershell.runtime;

/** Non-error transfers of control (break, continue, return, exit), unwound as exceptions without stack traces. */
public class ControlFlow extends RuntimeException {

    protected ControlFlow() {
        super(null, null, false, false);
    }

    public static final class Break extends ControlFlow {
        public final String label;

        public Break(String label) {
            this.label = label;
        }
    }

    public static final class Continue extends ControlFlow {
        public final String label;

        public Continue(String label) {
            this.label = label;
        }
    }

    /**
     * {@code return}. Output a value-capturing construct collected before the return ({@code $x = if
     * (...) { return 1 }}, {@code $("1"; return "2")}) is carried along and written to the pipe the
     * returning block writes to, as 5.1 flushes it to the outer pipe.
     */
    public static final class Return extends ControlFlow {
        private java.util.List<Object> carried;

        /** Adds what a capture had collected; output collected further out goes first. */
        public Return carry(java.util.List<Object> captured) {
            if (!captured.isEmpty()) {
                if (carried == null) {
                    carried = new java.util.ArrayList<>();
                }
                carried.addAll(0, captured);
            }
            return this;
        }

        public void flushTo(java.util.List<Object> out) {
            if (carried != null) {
                out.addAll(carried);
            }
        }
    }

    public static final class Exit extends ControlFlow {
        public final int code;

        public Exit(int code) {
            this.code = code;
        }
    }
}
