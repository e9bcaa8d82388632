package io.openecma.runtime.ecma2;

/** Microsoft.MetadirectoryServices.ParameterValidationResultCode. */
public enum ParameterValidationResultCode {
    Success, Failure
}
