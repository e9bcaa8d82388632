package io.openecma.schemas.definition;

/**
 * The scripts a PowerShell connector can have. {@link #parameterName()} is ECMA2Host's name for the
 * script (the configuration parameter holding its text in an ECMA2Host export and in $ConfigParameters).
 */
public enum ScriptKind {
    Schema("Schema Script"),
    Validation("Validation Script"),
    Partition("Partition Script"),
    Hierarchy("Hierarchy Script"),
    BeginImport("Begin Import Script"),
    Import("Import Script"),
    EndImport("End Import Script"),
    BeginExport("Begin Export Script"),
    Export("Export Script"),
    EndExport("End Export Script"),
    BeginPassword("Begin Password Script"),
    Password("Password Extension Script"),
    EndPassword("End Password Script");

    private final String parameterName;

    ScriptKind(String parameterName) {
        this.parameterName = parameterName;
    }

    public String parameterName() {
        return parameterName;
    }
}
