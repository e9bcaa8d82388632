package io.openecma.powershell.types.hosting;

import io.openecma.powershell.runtime.NestedRunspace;

/** {@code System.Management.Automation.Runspaces.Runspace}: a runspace scripts can open and run pipelines in. */
public final class RunspaceApi {
    private final NestedRunspace nested;
    private boolean open;

    RunspaceApi(NestedRunspace nested, boolean open) {
        this.nested = nested;
        this.open = open;
    }

    NestedRunspace nested() {
        return nested;
    }

    public void Open() {
        open = true;
    }

    public void Close() {
        open = false;
    }

    public void Dispose() {
        open = false;
    }

    /** Opened, Closed or BeforeOpen (RunspaceStateInfo.State, shown as text). */
    public String getRunspaceStateInfo() {
        return open ? "Opened" : "BeforeOpen";
    }

    public SessionStateProxy getSessionStateProxy() {
        return new SessionStateProxy(nested);
    }

    /** {@code SessionStateProxy}: the runspace's global variables. */
    public static final class SessionStateProxy {
        private final NestedRunspace nested;

        SessionStateProxy(NestedRunspace nested) {
            this.nested = nested;
        }

        public Object GetVariable(String name) {
            return nested.getVariable(name);
        }

        public void SetVariable(String name, Object value) {
            nested.setVariable(name, value);
        }
    }
}
