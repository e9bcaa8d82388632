package io.openecma.core.change;

import io.openecma.core.messaging.Outbox;
import io.openecma.core.space.CsObject;
import io.openecma.core.space.ExportPlanner;
import io.openecma.schemas.ecma.PasswordOperationType;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.PasswordRequest;
import io.openecma.schemas.topics.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Set;
import java.util.UUID;

/**
 * Sends the Password script call for a request that carried a password, once the object's export
 * succeeded (SetPassword: SCIM sets passwords, it does not pass the old one). The envelope is
 * passed on as received; sync-core never opens it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PasswordSender {

    @Inject
    Outbox outbox;

    void send(ScimRequest request, CsObject object) {
        request.passwordSent = true;
        outbox.send(Topics.passwords(request.connector), request.anchor, new PasswordRequest(Message.CURRENT_VERSION,
                UUID.randomUUID(), request.correlationId, request.connector, request.anchor,
                object.dn == null ? ExportPlanner.defaultDn(object.objectType, object.anchor) : object.dn,
                PasswordOperationType.SetPassword, request.password, Set.of()));
    }
}
