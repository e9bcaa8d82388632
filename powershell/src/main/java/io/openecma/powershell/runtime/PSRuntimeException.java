package io.openecma.powershell.runtime;

/**
 * The .NET exception model scripts see ({@code $_.Exception}) and the Java exception the engine
 * throws for a terminating error. {@code typeName} is the .NET full name used by typed
 * {@code catch} clauses; {@code wrapped} holds a registered Java exception object when a script
 * threw one, so {@code $_.Exception} is that object.
 */
public class PSRuntimeException extends RuntimeException {

    private final String typeName;
    private final Object wrapped;
    private ErrorRecord errorRecord;
    private String paramName;
    /** Set by {@code throw} and by escalation to Stop: no enclosing statement may swallow it. */
    private boolean scriptTerminating;
    /** Raised by a {@code throw} statement. */
    private boolean thrown;
    /** What the ErrorRecord made for this error carries (null: PowerShell's defaults). */
    private String errorId;
    private String category;
    private Object targetObject;
    /** The command the error belongs to (binding errors): suffix of the FullyQualifiedErrorId and the activity. */
    private String commandName;
    private String commandTypeName;

    public PSRuntimeException(String typeName, String message) {
        this(typeName, message, null, null);
    }

    public PSRuntimeException(String typeName, String message, Throwable inner) {
        this(typeName, message, inner, null);
    }

    public PSRuntimeException(String typeName, String message, Throwable inner, Object wrapped) {
        super(message, inner, false, false);
        this.typeName = qualify(typeName);
        this.wrapped = wrapped;
    }

    /** "ArgumentException" means "System.ArgumentException"; names with a namespace stay. */
    static String qualify(String name) {
        return name.contains(".") ? name : "System." + name;
    }

    public String typeName() {
        return typeName;
    }

    /** The object scripts see as the exception: a thrown registered exception, or this. */
    public Object exceptionObject() {
        return wrapped != null ? wrapped : this;
    }

    public Throwable getInnerException() {
        return getCause();
    }

    public String paramName() {
        return paramName;
    }

    public PSRuntimeException withParamName(String name) {
        this.paramName = name;
        return this;
    }

    /** Whether only a try/catch or trap may stop this error (thrown, or escalated by a Stop preference). */
    public boolean scriptTerminating() {
        return scriptTerminating;
    }

    public PSRuntimeException markScriptTerminating() {
        this.scriptTerminating = true;
        return this;
    }

    /** A {@code throw} statement's error: script-terminating, yet silenced by $ErrorActionPreference SilentlyContinue (5.1). */
    public PSRuntimeException markThrown() {
        this.thrown = true;
        return markScriptTerminating();
    }

    public boolean thrown() {
        return thrown;
    }

    /**
     * The ErrorRecord's ErrorId, category and target, as PowerShell's RuntimeException.SetErrorId /
     * SetErrorCategory / SetTargetObject give them (default: the exception's short type name,
     * NotSpecified, null).
     */
    public PSRuntimeException withError(String id, String errorCategory, Object target) {
        this.errorId = id;
        this.category = errorCategory;
        this.targetObject = target;
        return this;
    }

    /**
     * The command whose invocation the error record describes: {@code name} is what
     * CategoryInfo.Activity shows, {@code typeName} what follows the comma in the
     * FullyQualifiedErrorId (the function's name, or a cmdlet's implementing type).
     */
    public PSRuntimeException forCommand(String name, String typeName) {
        this.commandName = name;
        this.commandTypeName = typeName;
        return this;
    }

    public String errorId() {
        return errorId;
    }

    public String category() {
        return category;
    }

    public Object targetObject() {
        return targetObject;
    }

    public String commandName() {
        return commandName;
    }

    public String commandTypeName() {
        return commandTypeName;
    }

    public ErrorRecord errorRecord() {
        return errorRecord;
    }

    public PSRuntimeException withErrorRecord(ErrorRecord record) {
        this.errorRecord = record;
        return this;
    }

    @Override
    public String toString() {
        return typeName + ": " + getMessage();
    }
}
