package io.openecma.core.change;

import io.openecma.core.connector.LoadedConnector;
import io.openecma.core.space.ConfirmedState;
import io.openecma.core.space.CsObject;
import io.openecma.core.space.ExportPlan;
import io.openecma.core.space.ObjectState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Brings an object to what an export (or a change that needed none) made of it, and answers the
 * requests that were waiting for it. A change that arrived meanwhile stays pending.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Settlement {

    @Inject
    Waiters waiters;

    /** @param exportedVersion requests up to this object version are answered */
    public void settle(CsObject object, ExportPlan plan, long exportedVersion, LoadedConnector connector) {
        Instant now = Instant.now();
        if (plan.removeRow() && object.pendingChange == null) {
            waiters.applied(object.connector, object.objectType, object.anchor, exportedVersion, null);
            object.delete();
            return;
        }
        object.confirm(plan.removeRow() ? ConfirmedState.absent() : plan.after());
        object.provisioned = true;
        object.touch(now);
        if (object.pendingChange == null) {
            object.setState(ObjectState.settled(object.confirmed()));
            object.lastError = null;
            object.exportAttempts = 0;
            object.nextExportAt = null;
        } else {
            object.setState(ObjectState.pending(object.confirmed(), object.pendingChange, connector.exportSettings()));
        }
        waiters.applied(object.connector, object.objectType, object.anchor, exportedVersion, object);
    }
}
