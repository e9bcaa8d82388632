package io.openecma.runtime.ecma2;

/** Microsoft.MetadirectoryServices.ParameterValidationResult: the Validation script's answer. */
public final class ParameterValidationResult {

    private ParameterValidationResultCode code = ParameterValidationResultCode.Success;
    private String errorMessage;
    private String errorParameter;

    public ParameterValidationResult() {
    }

    public ParameterValidationResult(ParameterValidationResultCode code, String errorMessage, String errorParameter) {
        this.code = code;
        this.errorMessage = errorMessage;
        this.errorParameter = errorParameter;
    }

    public ParameterValidationResultCode getCode() {
        return code;
    }

    public void setCode(ParameterValidationResultCode code) {
        this.code = code;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
    }

    public String getErrorParameter() {
        return errorParameter;
    }

    public void setErrorParameter(String errorParameter) {
        this.errorParameter = errorParameter;
    }
}
