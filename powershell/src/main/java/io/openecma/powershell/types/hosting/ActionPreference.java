package io.openecma.powershell.types.hosting;

/**
 * {@code System.Management.Automation.ActionPreference} as 5.1 defines it: the ordinals are the
 * .NET values (SilentlyContinue 0 ... Suspend 5; 7.0's Break is not here).
 */
public enum ActionPreference {
    SilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend
}
