package io.openecma.powershell.types.history;

import io.openecma.powershell.dotnet.DotNetDateTime;

/**
 * Microsoft.PowerShell.Commands.HistoryInfo (History.cs) as 5.1 has it: Id, CommandLine,
 * ExecutionStatus and the start and end times, plus Duration (PowerShell 6.1, #5208: the end minus the
 * start; a read-only addition the issue allows, since 5.1 scripts never see it). Prints as its command line.
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

    /** EndExecutionTime - StartExecutionTime, as History.cs computes it. */
    public java.time.Duration getDuration() {
        if (startExecutionTime == null || endExecutionTime == null) {
            return java.time.Duration.ZERO;
        }
        return java.time.Duration.ofNanos(Math.multiplyExact(endExecutionTime.ticks() - startExecutionTime.ticks(), 100L));
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
