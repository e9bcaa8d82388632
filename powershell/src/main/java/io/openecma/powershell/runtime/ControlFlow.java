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

    public static final class Return extends ControlFlow {
    }

    public static final class Exit extends ControlFlow {
        public final int code;

        public Exit(int code) {
            this.code = code;
        }
    }
}
