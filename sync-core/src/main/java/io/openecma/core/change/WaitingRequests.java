package io.openecma.core.change;

import io.openecma.core.space.CsObjectKey;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests waiting on the objects a transaction works on. An export batch's result reads
 * those of all its objects in one query ({@link #load}) instead of one query per object; objects
 * not loaded are read on demand.
 */
@TransactionScoped
public class WaitingRequests {

    @Inject
    EntityManager em;

    private final Map<CsObjectKey, List<ScimRequest>> loaded = new HashMap<>();

    /** Reads the waiting requests of these objects of one connector and type in one query. */
    public void load(String connector, String objectType, Collection<String> anchors) {
        if (anchors.isEmpty()) {
            return;
        }
        anchors.forEach(a -> loaded.put(new CsObjectKey(connector, objectType, a), new ArrayList<>()));
        List<ScimRequest> found = ScimRequest.list("connector = ?1 and objectType = ?2 and anchor in ?3 and status = ?4 "
                + "order by receivedAt", connector, objectType, anchors, ScimRequest.WAITING);
        for (ScimRequest request : found) {
            loaded.get(new CsObjectKey(connector, objectType, request.anchor)).add(request);
        }
    }

    /** The object's requests still waiting, oldest first. */
    public List<ScimRequest> of(String connector, String objectType, String anchor) {
        List<ScimRequest> known = loaded.get(new CsObjectKey(connector, objectType, anchor));
        if (known == null) {
            return ScimRequest.waiting(connector, objectType, anchor);
        }
        return known.stream().filter(r -> ScimRequest.WAITING.equals(r.status)).toList();
    }

    /**
     * The object leaves this anchor (its rows are re-keyed with SQL): what was read at it is
     * forgotten, so it is read again at the new anchor rather than written back at the old one.
     */
    public void forget(String connector, String objectType, String anchor) {
        List<ScimRequest> known = loaded.remove(new CsObjectKey(connector, objectType, anchor));
        if (known != null) {
            known.forEach(em::detach);
        }
    }
}
