package io.openecma.powershell.runtime;

/**
 * Where an error was raised, shaped like System.Management.Automation.InvocationInfo.
 * {@code historyId} is the id the running pipeline has in its runspace's history: InvocationInfo's
 * constructor takes History.GetNextHistoryId() (entries added so far + 1); -1 outside a runspace.
 */
public record InvocationInfo(String scriptName, int scriptLineNumber, int offsetInLine, String line, String commandName,
                             long historyId) {

    public static final InvocationInfo NONE = new InvocationInfo("", 0, 0, "", "", -1);

    public InvocationInfo(String scriptName, int scriptLineNumber, int offsetInLine, String line, String commandName) {
        this(scriptName, scriptLineNumber, offsetInLine, line, commandName, nextHistoryId());
    }

    private static long nextHistoryId() {
        ExecutionContext context = ExecutionContext.currentOrNull();
        return context == null ? -1 : context.history().lastId() + 1;
    }

    public long getHistoryId() {
        return historyId;
    }

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
