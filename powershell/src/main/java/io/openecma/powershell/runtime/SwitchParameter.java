package io.openecma.powershell.runtime;

/** System.Management.Automation.SwitchParameter. */
public record SwitchParameter(boolean isPresent) {
    public boolean getIsPresent() {
        return isPresent;
    }

    public boolean ToBool() {
        return isPresent;
    }

    @Override
    public String toString() {
        return isPresent ? "True" : "False";
    }
}
