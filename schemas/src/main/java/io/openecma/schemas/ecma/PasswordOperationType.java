package io.openecma.schemas.ecma;

/** Password script operation: a reset (SetPassword) or a change that passes the old password (ChangePassword). */
public enum PasswordOperationType {
    SetPassword, ChangePassword
}
