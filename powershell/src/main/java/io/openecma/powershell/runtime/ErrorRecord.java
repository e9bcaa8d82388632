package io.openecma.powershell.runtime;

/**
 * System.Management.Automation.ErrorRecord: what {@code $_} is in a catch block, what
 * {@code $Error} holds, and what non-terminating errors report.
 */
public final class ErrorRecord {

    /** CategoryInfo as scripts read it ({@code $_.CategoryInfo.Category}). */
    public record CategoryInfo(String category, String activity, String reason, String targetName, String targetType) {
        public String getCategory() {
            return category;
        }

        public String getActivity() {
            return activity;
        }

        public String getReason() {
            return reason;
        }

        public String getTargetName() {
            return targetName;
        }

        public String getTargetType() {
            return targetType;
        }

        /** ErrorCategoryInfo.GetMessage(): the text below. */
        public String GetMessage() {
            return toString();
        }

        /** A copy with each non-empty value replacing this one's (ErrorCategoryInfo's settable properties). */
        CategoryInfo with(String activity, String reason, String targetName, String targetType) {
            return new CategoryInfo(category, pick(activity, this.activity), pick(reason, this.reason),
                    pick(targetName, this.targetName), pick(targetType, this.targetType));
        }

        private static String pick(String given, String current) {
            return given == null || given.isEmpty() ? current : given;
        }

        /** ErrorCategoryInfo.GetMessage's template: "{category}: ({target}:{targetType}) [{activity}], {reason}". */
        @Override
        public String toString() {
            return category + ": (" + targetName + ":" + targetType + ") [" + activity + "], " + reason;
        }
    }

    /** ErrorDetails: replaces the message shown for the record (Invoke-RestMethod puts the HTTP reply body here). */
    public static final class ErrorDetails {
        private final String message;
        private String recommendedAction;

        public ErrorDetails(String message) {
            this.message = message;
        }

        public String getMessage() {
            return message;
        }

        public String getRecommendedAction() {
            return recommendedAction;
        }

        public void setRecommendedAction(String action) {
            this.recommendedAction = action;
        }

        @Override
        public String toString() {
            return message;
        }
    }

    private final PSRuntimeException exception;
    private ErrorDetails errorDetails;
    private final String fullyQualifiedErrorId;
    private CategoryInfo categoryInfo;
    private final Object targetObject;
    private final InvocationInfo invocationInfo;

    /** The .NET constructor scripts call: ErrorRecord(Exception, string errorId, ErrorCategory, object targetObject). */
    public ErrorRecord(PSRuntimeException exception, String errorId, ErrorCategory category, Object targetObject) {
        this(exception, errorId, category.name(), targetObject, null);
    }

    public ErrorRecord(PSRuntimeException exception, String fullyQualifiedErrorId, String category,
                       Object targetObject, InvocationInfo invocationInfo) {
        this.exception = exception;
        this.fullyQualifiedErrorId = fullyQualifiedErrorId;
        this.targetObject = targetObject;
        this.invocationInfo = invocationInfo == null ? InvocationInfo.NONE : invocationInfo;
        String shortType = exception.typeName().substring(exception.typeName().lastIndexOf('.') + 1);
        String targetType = "";
        if (targetObject != null) {
            String full = io.openecma.powershell.types.TypeRegistry.typeNameOf(targetObject);
            targetType = full.substring(full.lastIndexOf('.') + 1);
        }
        this.categoryInfo = new CategoryInfo(category, this.invocationInfo.commandName(), shortType,
                targetObject == null ? "" : LanguagePrimitives.toStringValue(targetObject), targetType);
        exception.withErrorRecord(this);
    }

    /** The engine-side carrier of the exception (type name for catch matching). */
    public PSRuntimeException carrier() {
        return exception;
    }

    /** What scripts see as {@code .Exception}. */
    public Object getException() {
        return exception.exceptionObject();
    }

    public String getFullyQualifiedErrorId() {
        return fullyQualifiedErrorId;
    }

    public CategoryInfo getCategoryInfo() {
        return categoryInfo;
    }

    /** Sets CategoryInfo's Activity, Reason, TargetName and TargetType where the value is not empty (Write-Error). */
    public void overrideCategoryInfo(String activity, String reason, String targetName, String targetType) {
        categoryInfo = categoryInfo.with(activity, reason, targetName, targetType);
    }

    public Object getTargetObject() {
        return targetObject;
    }

    public InvocationInfo getInvocationInfo() {
        return invocationInfo;
    }

    public String getScriptStackTrace() {
        return "at <ScriptBlock>, " + invocationInfo.scriptName() + ": line " + invocationInfo.scriptLineNumber();
    }

    /** Null unless a cmdlet or script set details (as in .NET). */
    public ErrorDetails getErrorDetails() {
        return errorDetails;
    }

    public void setErrorDetails(ErrorDetails details) {
        this.errorDetails = details;
    }

    public String message() {
        Object ex = exception.exceptionObject();
        return ex instanceof Throwable t && t.getMessage() != null ? t.getMessage() : String.valueOf(ex);
    }

    /** As .NET: the details' message when there is one, else the exception's. */
    @Override
    public String toString() {
        return errorDetails != null && errorDetails.getMessage() != null && !errorDetails.getMessage().isEmpty()
                ? errorDetails.getMessage() : message();
    }
}
