package io.openecma.runtime;

/** Names where a script record came from: {@code Import.ps1:25}, or {@code Import.ps1, CommonModule.psm1:97}. */
public final class ScriptPlace {

    private ScriptPlace() {
    }

    /** @param file the file the engine reports (a path or name); the script's own when blank */
    public static String of(String scriptName, String file, int line) {
        String other = ConnectorScripts.otherFile(scriptName, file);
        String where = other == null ? scriptName : scriptName + ", " + other;
        return line > 0 ? where + ":" + line : where;
    }
}
