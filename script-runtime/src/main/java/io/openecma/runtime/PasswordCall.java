package io.openecma.runtime;

import io.openecma.schemas.ecma.PasswordOperationType;
import io.openecma.schemas.ecma.PasswordOption;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Password script call: the object ($CSEntry: its DN, type and attributes, anchor included),
 * SetPassword or ChangePassword, the options of a SetPassword, and the passwords.
 */
public record PasswordCall(String dn, String objectType, Map<String, List<Object>> attributes,
                           PasswordOperationType operation, Set<PasswordOption> options,
                           String oldPassword, String newPassword) {

    public PasswordCall {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(newPassword, "newPassword");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        options = options == null ? Set.of() : Set.copyOf(options);
    }

    @Override
    public String toString() {
        return "PasswordCall[" + operation + " " + dn + "]";
    }
}
