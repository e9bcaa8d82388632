package io.openecma.schemas.events;

/** Why a password operation failed: the script's PasswordPolicyViolationException, PasswordIllFormedException or PasswordExtensionException, or a transient fault. */
public enum PasswordErrorKind {
    POLICY_VIOLATION, ILL_FORMED, EXTENSION, TRANSIENT
}
