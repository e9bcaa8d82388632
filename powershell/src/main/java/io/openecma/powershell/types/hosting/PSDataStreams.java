package io.openecma.powershell.types.hosting;

import io.openecma.powershell.runtime.NestedRunspace;

/** {@code PowerShell.Streams}: what invocations wrote besides output; kept until cleared. */
public final class PSDataStreams {
    private final PSDataCollection error = new PSDataCollection();
    private final PSDataCollection verbose = new PSDataCollection();
    private final PSDataCollection warning = new PSDataCollection();
    private final PSDataCollection debug = new PSDataCollection();
    private final PSDataCollection information = new PSDataCollection();
    private final PSDataCollection progress = new PSDataCollection();

    void append(NestedRunspace.Result result) {
        error.addAll(result.errors());
        result.verbose().forEach(m -> verbose.add(new InformationalRecord.VerboseRecord(m)));
        result.warning().forEach(m -> warning.add(new InformationalRecord.WarningRecord(m)));
        result.debug().forEach(m -> debug.add(new InformationalRecord.DebugRecord(m)));
        information.addAll(result.information());
    }

    public PSDataCollection getError() {
        return error;
    }

    public PSDataCollection getVerbose() {
        return verbose;
    }

    public PSDataCollection getWarning() {
        return warning;
    }

    public PSDataCollection getDebug() {
        return debug;
    }

    public PSDataCollection getInformation() {
        return information;
    }

    /** Progress records are not kept by this engine (Write-Progress has no stream here): always empty. */
    public PSDataCollection getProgress() {
        return progress;
    }

    public void ClearStreams() {
        error.clear();
        verbose.clear();
        warning.clear();
        debug.clear();
        information.clear();
        progress.clear();
    }
}
