package io.openecma.powershell.types.hosting;

import io.openecma.powershell.runtime.NestedRunspace;

/** {@code [runspacefactory]}: new runspaces (the initial session state and host are not modelled). */
public final class RunspaceFactoryApi {
    private RunspaceFactoryApi() {
    }

    public static RunspaceApi CreateRunspace() {
        return new RunspaceApi(NestedRunspace.createNew(), false);
    }

    public static RunspaceApi CreateRunspace(InitialSessionState state) {
        return CreateRunspace();
    }
}
