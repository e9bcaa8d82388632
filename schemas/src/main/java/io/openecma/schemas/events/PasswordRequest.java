package io.openecma.schemas.events;

import io.openecma.schemas.ecma.PasswordOperationType;
import io.openecma.schemas.ecma.PasswordOption;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A password set or change for one object (to the password-worker, topic
 * openecma.passwords.&lt;connector&gt;, key anchor). The envelope's plaintext is JSON
 * {"newPassword": "...", "oldPassword": "..."} (oldPassword only for ChangePassword); only the
 * password-worker decrypts it.
 */
public record PasswordRequest(int schemaVersion, UUID messageId, UUID correlationId, String connector, String anchor,
                              String dn, PasswordOperationType operationType, EncryptedEnvelope envelope,
                              Set<PasswordOption> passwordOptions) implements Message {

    public PasswordRequest {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(operationType, "operationType");
        Objects.requireNonNull(envelope, "envelope");
        passwordOptions = passwordOptions == null || passwordOptions.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(passwordOptions));
    }
}
