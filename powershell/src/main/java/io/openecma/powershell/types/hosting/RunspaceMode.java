package io.openecma.powershell.types.hosting;

/** {@code System.Management.Automation.RunspaceMode}: where {@code [powershell]::Create} runs. */
public enum RunspaceMode {
    CurrentRunspace, NewRunspace
}
