package io.openecma.powershell.cmdlets.jobs;

/** System.Management.Automation.Job: what every job shows scripts (Id, Name, State, HasMoreData...). */
public abstract class Job {
    public abstract int getId();

    public abstract String getName();

    public abstract JobState getState();

    public abstract boolean getHasMoreData();

    public abstract String getCommand();

    public abstract String getPSJobTypeName();

    public String getLocation() {
        return "localhost";
    }
}
