package io.openecma.powershell.types.history;

import io.openecma.powershell.dotnet.DotNetDateTime;

/**
 * Microsoft.PowerShell.Commands.HistoryInfo (History.cs) as 5.1 has it: Id, CommandLine,
 * ExecutionStatus and the start and end times (Duration is 7.x). Prints as its command line.
 */
public final class HistoryInfo {
    private final long id;
    private final String commandLine;
    private final PipelineState executionStatus;
    private final DotNetDateTime startExecutionTime;
    private final DotNetDateTime endExecutionTime;

    public HistoryInfo(long id, String commandLine, PipelineState executionStatus, DotNetDateTime start, DotNetDateTime end) {
        this.id = id;
        this.commandLine = commandLine;
        this.executionStatus = executionStatus;
        this.startExecutionTime = start;
        this.endExecutionTime = end;
    }

    public long getId() {
        return id;
    }

    public String getCommandLine() {
        return commandLine;
    }

    public PipelineState getExecutionStatus() {
        return executionStatus;
    }

    public DotNetDateTime getStartExecutionTime() {
        return startExecutionTime;
    }

    public DotNetDateTime getEndExecutionTime() {
        return endExecutionTime;
    }

    /** The same entry under another id (Add-History numbers what it adds). */
    public HistoryInfo withId(long newId) {
        return new HistoryInfo(newId, commandLine, executionStatus, startExecutionTime, endExecutionTime);
    }

    /** The same entry with another command line (Invoke-History records what it ran). */
    public HistoryInfo withCommandLine(String line) {
        return new HistoryInfo(id, line, executionStatus, startExecutionTime, endExecutionTime);
    }

    @Override
    public String toString() {
        return commandLine;
    }
}
