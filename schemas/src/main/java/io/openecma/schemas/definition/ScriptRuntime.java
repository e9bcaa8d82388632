package io.openecma.schemas.definition;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a connector's scripts run: openecma's embedded engine, or a PowerShell 7 (pwsh) process. */
public enum ScriptRuntime {
    EMBEDDED("embedded"),
    PWSH("pwsh");

    private final String id;

    ScriptRuntime(String id) {
        this.id = id;
    }

    /** The spelling used in connector.yaml and JSON. */
    @JsonValue
    public String id() {
        return id;
    }
}
