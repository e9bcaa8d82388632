package io.openecma.powershell.types.hosting;

/** Verbose, Warning and Debug records ({@code InformationalRecord}): a Message that is also the text. */
public class InformationalRecord {
    private final String message;

    InformationalRecord(String message) {
        this.message = message;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return message;
    }

    /** {@code System.Management.Automation.VerboseRecord}. */
    public static final class VerboseRecord extends InformationalRecord {
        public VerboseRecord(String message) {
            super(message);
        }
    }

    /** {@code System.Management.Automation.WarningRecord}. */
    public static final class WarningRecord extends InformationalRecord {
        public WarningRecord(String message) {
            super(message);
        }
    }

    /** {@code System.Management.Automation.DebugRecord}. */
    public static final class DebugRecord extends InformationalRecord {
        public DebugRecord(String message) {
            super(message);
        }
    }
}
