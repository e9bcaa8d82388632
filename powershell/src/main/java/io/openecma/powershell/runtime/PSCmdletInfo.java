package io.openecma.powershell.runtime;

/** {@code $PSCmdlet} in an advanced function: parameter set, bound parameters and the Write/Throw helpers. */
public final class PSCmdletInfo {
    private final String parameterSetName;
    private final Interpreter interp;
    private final PSHashtable bound;
    private final java.util.List<Object> out;
    /** The pipeline that called the function: WriteError fails it, so $? after it is false (MshCommandRuntime). */
    private final PipelineStatus caller;
    /** The function's name: MshCommandRuntime sets the record's invocation info, so its id gets ",name". */
    private final String commandName;

    /** [CmdletBinding(ConfirmImpact=...)], or null for the default (Medium). */
    private final String confirmImpact;

    PSCmdletInfo(String parameterSetName, Interpreter interp, PSHashtable bound, java.util.List<Object> out,
                 String commandName, String confirmImpact) {
        this.confirmImpact = confirmImpact;
        this.commandName = commandName;
        this.parameterSetName = parameterSetName;
        this.interp = interp;
        this.bound = bound;
        this.out = out;
        this.caller = interp.pipelineStatus();
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
        caller.failed = true;
        throw new TerminatingErrorSignal(ofThisCommand(record).carrier());
    }

    public void WriteError(ErrorRecord record) {
        interp.writeError(ofThisCommand(record), out);
        caller.failed = true;
    }

    /** The record as the command's own: its id qualified by the command's name (ErrorRecord.FullyQualifiedErrorId). */
    private ErrorRecord ofThisCommand(ErrorRecord record) {
        String id = record.getFullyQualifiedErrorId();
        if (commandName == null || commandName.isEmpty() || id == null || id.contains(",")) {
            return record;
        }
        ErrorRecord own = new ErrorRecord(record.carrier(), id + "," + commandName, record.getCategoryInfo().getCategory(),
                record.getTargetObject(), record.getInvocationInfo() == InvocationInfo.NONE
                        ? interp.invocationInfo(interp.position()) : record.getInvocationInfo());
        if (record.getErrorDetails() != null) {
            own.setErrorDetails(record.getErrorDetails());
        }
        return own;
    }

    /** Cmdlet.WriteObject: the object as one item (a collection stays one object). */
    public void WriteObject(Object value) {
        out.add(LanguagePrimitives.unwrapNull(value));
    }

    /** Cmdlet.WriteObject(sendToPipeline, enumerateCollection). */
    public void WriteObject(Object value, boolean enumerate) {
        if (enumerate) {
            Interpreter.writeEnumerated(value, out);
        } else {
            WriteObject(value);
        }
    }

    public void WriteVerbose(String text) {
        String p = LanguagePrimitives.toStringValue(interp.getVariableOrNull("VerbosePreference"));
        if (p.equalsIgnoreCase("Continue")) {
            interp.context().writeVerbose(text);
        }
    }

    /** False under -WhatIf ($WhatIfPreference), after telling the host; see {@link Confirmation} for -Confirm. */
    public boolean ShouldProcess(Object target) {
        return ShouldProcess(target, commandName());
    }

    /** The function's name, the action ShouldProcess(target) names ($MyInvocation.MyCommand.Name). */
    private String commandName() {
        Object invocation = interp.getVariableOrNull("MyInvocation");
        Object command = invocation == null ? null : io.openecma.powershell.types.Members.getProperty(invocation, "MyCommand");
        Object name = command == null || command == io.openecma.powershell.types.Members.MISSING ? null
                : io.openecma.powershell.types.Members.getProperty(command, "Name");
        return name == null || name == io.openecma.powershell.types.Members.MISSING ? "" : LanguagePrimitives.toStringValue(name);
    }

    public boolean ShouldProcess(Object target, Object action) {
        if (!WhatIf.active(interp.scope())) {
            String description = "Performing the operation \"" + LanguagePrimitives.toStringValue(action)
                    + "\" on target \"" + LanguagePrimitives.toStringValue(target) + "\".";
            // auto-confirmed: -Verbose shows what is done (MshCommandRuntime.DoShouldProcess)
            boolean confirmed = Confirmation.autoConfirmedOrFail(interp.scope(), confirmImpact, description);
            WriteVerbose(description);
            return confirmed;
        }
        WhatIf.tell(interp.context(), LanguagePrimitives.toStringValue(action), target);
        return false;
    }
}
