package io.openecma.powershell.runtime;

/** "Nothing" as opposed to $null: what a void method or an empty pipeline yields; never written to output. */
public final class AutomationNull {
    public static final AutomationNull VALUE = new AutomationNull();

    private AutomationNull() {
    }

    @Override
    public String toString() {
        return "";
    }
}
