package io.openecma.core.change;

import io.openecma.core.messaging.Outbox;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.ObjectView;
import io.openecma.schemas.events.OutcomeStatus;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.events.ScimOutcome;
import io.openecma.schemas.topics.Topics;
import io.openecma.core.space.CsObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * Answers waiting SCIM requests: each answer is stored with its request (so a retried identical
 * request can be answered from it) and published on openecma.outcomes, keyed by correlation id, to
 * the partition the waiting ingress replica named (so only that replica reads it).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Waiters {

    @Inject
    Outbox outbox;
    @Inject
    PasswordSender passwords;
    @Inject
    WaitingRequests waiting;

    /** Registers a request that waits for the export of {@code objectVersion}. */
    public void await(ScimChangeEvent event, long objectVersion) {
        ScimRequest request = new ScimRequest();
        request.correlationId = event.correlationId();
        request.connector = event.connector();
        request.objectType = event.objectType();
        request.anchor = event.anchor();
        request.fingerprint = event.requestFingerprint();
        request.operation = event.operation().name();
        request.objectVersion = objectVersion;
        request.status = ScimRequest.WAITING;
        request.receivedAt = Instant.now();
        request.password = event.hasPassword() ? event.password() : null;
        request.replyPartition = event.replyPartition();
        request.persist();
    }

    /** Answers a request at once, without anything waiting (errors found before any export). */
    public void answerNow(ScimChangeEvent event, int httpStatus, String scimType, String detail, Integer retryAfter) {
        ScimOutcome outcome = new ScimOutcome(Message.CURRENT_VERSION, UUID.randomUUID(), event.correlationId(),
                event.connector(), httpStatus < 300 ? OutcomeStatus.APPLIED : OutcomeStatus.FAILED, httpStatus,
                scimType, detail, retryAfter, null);
        outbox.send(Topics.OUTCOMES, event.replyPartition(), Topics.outcomeKey(event.correlationId()), outcome);
    }

    /** Answers a retried identical request with the outcome the first one got. */
    public void answerAgain(ScimChangeEvent event, ScimOutcome first) {
        ScimOutcome outcome = new ScimOutcome(Message.CURRENT_VERSION, UUID.randomUUID(), event.correlationId(),
                first.connector(), first.status(), first.httpStatus(), first.scimType(), first.detail(),
                first.retryAfterSeconds(), first.object());
        outbox.send(Topics.OUTCOMES, event.replyPartition(), Topics.outcomeKey(event.correlationId()), outcome);
    }

    /** The change reached the target: answers requests up to {@code version} with the object as it is now. */
    public void applied(String connector, String objectType, String anchor, long version, CsObject now) {
        for (ScimRequest request : waiting.of(connector, objectType, anchor)) {
            if (request.objectVersion <= version && request.password != null && !request.passwordSent && now != null) {
                passwords.send(request, now);
            } else if (request.objectVersion <= version && !request.passwordSent) {
                ChangeOperation op = ChangeOperation.valueOf(request.operation);
                int status = switch (op) {
                    case CREATE -> 201;
                    case DELETE -> 204;
                    default -> 200;
                };
                answer(request, OutcomeStatus.APPLIED, status, null, null, null,
                        op == ChangeOperation.DELETE || now == null ? null : view(now));
            }
        }
    }

    /** The object's change failed: answers every request waiting on the object. */
    public void failed(String connector, String objectType, String anchor, int httpStatus, String scimType,
                       String detail, Integer retryAfter) {
        for (ScimRequest request : waiting.of(connector, objectType, anchor)) {
            answer(request, OutcomeStatus.FAILED, httpStatus, scimType, detail, retryAfter, null);
        }
    }

    /** Answers a request that waited for its password: applied, with the object as it is now. */
    public void passwordApplied(ScimRequest request, CsObject now) {
        int status = ChangeOperation.valueOf(request.operation) == ChangeOperation.CREATE ? 201 : 200;
        answer(request, OutcomeStatus.APPLIED, status, null, null, null, now == null ? null : view(now));
    }

    public void passwordFailed(ScimRequest request, int httpStatus, String scimType, String detail, Integer retryAfter) {
        answer(request, OutcomeStatus.FAILED, httpStatus, scimType, detail, retryAfter, null);
    }

    private void answer(ScimRequest request, OutcomeStatus status, int httpStatus, String scimType, String detail,
                        Integer retryAfter, ObjectView object) {
        ScimOutcome outcome = new ScimOutcome(Message.CURRENT_VERSION, UUID.randomUUID(), request.correlationId,
                request.connector, status, httpStatus, scimType, detail, retryAfter, object);
        request.status = ScimRequest.ANSWERED;
        request.outcome = outcome;
        request.answeredAt = Instant.now();
        outbox.send(Topics.OUTCOMES, request.replyPartition, Topics.outcomeKey(request.correlationId), outcome);
    }

    public static ObjectView view(CsObject object) {
        return new ObjectView(object.anchor, object.scimId, object.objectType, object.attributes, object.active,
                object.version);
    }
}
