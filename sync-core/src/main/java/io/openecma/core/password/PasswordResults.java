package io.openecma.core.password;

import io.openecma.core.change.ScimRequest;
import io.openecma.core.change.Waiters;
import io.openecma.core.space.CsObject;
import io.openecma.schemas.events.PasswordResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Answers the SCIM request that waited for its password: the script's policy, format and
 * extension errors are data errors (400 invalidValue with the script's message); a transient
 * fault is a 503.
 */
@ApplicationScoped
public class PasswordResults {

    private static final Logger LOG = Logger.getLogger(PasswordResults.class);

    @Inject
    Waiters waiters;
    @ConfigProperty(name = "openecma.scim.retry-after-seconds", defaultValue = "30")
    int retryAfterSeconds;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PasswordResult result) {
        ScimRequest request = ScimRequest.findById(result.correlationId());
        if (request == null || !ScimRequest.WAITING.equals(request.status)) {
            LOG.infof("password result for %s ignored: no waiting request", result.correlationId());
            return;
        }
        if (result.success()) {
            waiters.passwordApplied(request, CsObject.findForUpdate(request.connector, request.objectType, request.anchor)
                    .orElse(null));
            return;
        }
        String detail = result.message() == null ? String.valueOf(result.errorKind()) : result.message();
        LOG.warnf("password of %s/%s not set: %s", result.connector(), result.anchor(), detail);
        if (result.errorKind() == io.openecma.schemas.events.PasswordErrorKind.TRANSIENT) {
            waiters.passwordFailed(request, 503, null, detail, retryAfterSeconds);
        } else {
            waiters.passwordFailed(request, 400, "invalidValue", detail, null);
        }
    }
}
