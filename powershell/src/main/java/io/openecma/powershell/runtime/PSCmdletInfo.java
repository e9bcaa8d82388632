package io.openecma.powershell.runtime;

/** {@code $PSCmdlet} in an advanced function: parameter set, bound parameters and the Write/Throw helpers. */
public final class PSCmdletInfo {
    private final String parameterSetName;
    private final Interpreter interp;
    private final PSHashtable bound;

    PSCmdletInfo(String parameterSetName, Interpreter interp, PSHashtable bound) {
        this.parameterSetName = parameterSetName;
        this.interp = interp;
        this.bound = bound;
    }

    public String getParameterSetName() {
        return parameterSetName;
    }

    public PSObject getMyInvocation() {
        PSObject o = new PSObject();
        o.setProperty("BoundParameters", bound);
        return o;
    }

    public void ThrowTerminatingError(ErrorRecord record) {
        throw record.carrier();
    }

    public void WriteError(ErrorRecord record) {
        interp.writeError(record, new java.util.ArrayList<>());
    }

    public void WriteVerbose(String text) {
        String p = LanguagePrimitives.toStringValue(interp.getVariableOrNull("VerbosePreference"));
        if (p.equalsIgnoreCase("Continue")) {
            interp.context().writeVerbose(text);
        }
    }

    public boolean ShouldProcess(Object target) {
        return true;
    }

    public boolean ShouldProcess(Object target, Object action) {
        return true;
    }
}
