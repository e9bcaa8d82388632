package io.openecma.core.messaging;

import io.openecma.core.change.Waiters;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.topics.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.function.Consumer;

/**
 * What a consumer does when a message cannot be applied. A message that cannot be read is set
 * aside as a dead letter. A handler failure is retried a few times (its transaction rolled back,
 * so nothing was half-applied); if it keeps failing, the message is set aside with its reason and
 * its waiting SCIM request is answered, so nothing is dropped silently.
 */
@ApplicationScoped
public class FailedMessages {

    private static final Logger LOG = Logger.getLogger(FailedMessages.class);
    private static final int ATTEMPTS = 3;

    @Inject
    DeadLetters deadLetters;
    @Inject
    Waiters waiters;

    public void withRetries(Runnable handler, Consumer<RuntimeException> onGiveUp) {
        for (int attempt = 1; ; attempt++) {
            try {
                handler.run();
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS) {
                    LOG.errorf(e, "giving up after %d attempts", attempt);
                    onGiveUp.accept(e);
                    return;
                }
                LOG.warnf("attempt %d failed (%s); retrying", attempt, e.toString());
                sleep(200L * attempt);
            }
        }
    }

    @Transactional
    public void unreadable(String topic, String key, String payload, Exception cause) {
        deadLetters.record(null, topic, key, "unreadable message: " + cause.getMessage(), payload);
    }

    @Transactional
    public void changeFailed(ScimChangeEvent event, String payload, RuntimeException cause) {
        String reason = "change could not be applied: " + cause;
        deadLetters.record(event.connector(), Topics.SCIM_CHANGES, Topics.changeKey(event.connector(), event.anchor()),
                reason, payload);
        waiters.answerNow(event, 500, null, reason, null);
    }

    @Transactional
    public void resultFailed(String connector, String key, String payload, RuntimeException cause) {
        deadLetters.record(connector, Topics.RESULTS, key, "result could not be applied: " + cause, payload);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
