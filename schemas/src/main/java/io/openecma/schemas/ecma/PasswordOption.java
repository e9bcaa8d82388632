package io.openecma.schemas.ecma;

/** Flags of Microsoft.MetadirectoryServices.PasswordOptions passed to a SetPassword call (None is the empty set). */
public enum PasswordOption {
    UnlockAccount, ForceChangeAtLogOn, ValidatePassword
}
