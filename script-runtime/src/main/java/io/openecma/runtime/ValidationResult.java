package io.openecma.runtime;

/** The Validation script's answer: success, or the message and the parameter it blames. */
public record ValidationResult(boolean success, String errorMessage, String errorParameter) {
}
