package io.openecma.powershell.types.hosting;

import io.openecma.powershell.runtime.NestedRunspace;

/** {@code [runspacefactory]}: new runspaces (an initial session state's variables and functions are defined in it; the host is not modelled). */
public final class RunspaceFactoryApi {
    private RunspaceFactoryApi() {
    }

    public static RunspaceApi CreateRunspace() {
        return new RunspaceApi(NestedRunspace.createNew(), false);
    }

    public static RunspaceApi CreateRunspace(InitialSessionState state) {
        NestedRunspace runspace = NestedRunspace.createNew();
        if (state != null) {
            state.applyTo(runspace);
        }
        return new RunspaceApi(runspace, false);
    }
}
