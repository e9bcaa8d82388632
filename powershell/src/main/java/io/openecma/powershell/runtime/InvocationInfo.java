package io.openecma.powershell.runtime;

/** Where an error was raised, shaped like System.Management.Automation.InvocationInfo. */
public record InvocationInfo(String scriptName, int scriptLineNumber, int offsetInLine, String line, String commandName) {

    public static final InvocationInfo NONE = new InvocationInfo("", 0, 0, "", "");

    public String getScriptName() {
        return scriptName;
    }

    public int getScriptLineNumber() {
        return scriptLineNumber;
    }

    public int getOffsetInLine() {
        return offsetInLine;
    }

    public String getLine() {
        return line;
    }

    public String getMyCommand() {
        return commandName;
    }

    public String getPositionMessage() {
        return "At " + scriptName + ":" + scriptLineNumber + " char:" + offsetInLine + System.lineSeparator() + "+ " + line;
    }
}
