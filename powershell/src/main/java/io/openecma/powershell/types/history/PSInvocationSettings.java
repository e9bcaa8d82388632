package io.openecma.powershell.types.history;

/**
 * System.Management.Automation.PSInvocationSettings: of its settings the engine honours
 * AddToHistory (PowerShell.Invoke(input, settings) then records the pipeline in the runspace's history).
 */
public final class PSInvocationSettings {
    private boolean addToHistory;

    public PSInvocationSettings() {
    }

    public boolean getAddToHistory() {
        return addToHistory;
    }

    public void setAddToHistory(boolean value) {
        addToHistory = value;
    }
}
