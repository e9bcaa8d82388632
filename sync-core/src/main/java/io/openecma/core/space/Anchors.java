package io.openecma.core.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Moves objects to a new anchor and finds them again by an old one (table cs_anchor_move). The
 * anchor is part of the row's key, which JPA cannot change: the row is re-keyed with SQL in the
 * caller's transaction, together with everything else keyed by the anchor (its SCIM requests and
 * the forward from the old anchor), and read back at its new key.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Anchors {

    @Inject
    EntityManager em;

    /**
     * Serialises, until the transaction ends, everyone who may put an object at this key (a move
     * to it, a create at it): a key that does not exist yet cannot be locked as a row.
     */
    public void lockKey(String connector, String objectType, String anchor) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, connector + "/" + objectType + "/" + anchor).getSingleResult();
    }

    /** The anchor the object that once had {@code anchor} has now, if it moved and still exists. */
    public Optional<String> forwarded(String connector, String objectType, String anchor) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("SELECT o.anchor FROM cs_anchor_move m JOIN cs_object o "
                        + "ON o.connector = m.connector AND o.object_type = m.object_type AND o.scim_id = m.scim_id "
                        + "WHERE m.connector = ?1 AND m.object_type = ?2 AND m.old_anchor = ?3")
                .setParameter(1, connector).setParameter(2, objectType).setParameter(3, anchor).getResultList();
        return found.stream().findFirst();
    }

    /** The anchor of the object that holds this SCIM id, if any. */
    public Optional<String> holderOfScimId(String connector, String objectType, String scimId) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("SELECT anchor FROM cs_object "
                        + "WHERE connector = ?1 AND object_type = ?2 AND scim_id = ?3")
                .setParameter(1, connector).setParameter(2, objectType).setParameter(3, scimId).getResultList();
        return found.stream().findFirst();
    }

    /**
     * The SCIM id a new object with this anchor gets: the anchor, unless {@code taken} says another
     * object holds that id already (one the Export script renamed keeps the id Entra knows it by,
     * which is its old anchor). Then a UUID named by connector, object type and anchor: stable (a
     * page applied again, or the same entry imported again after a removal, gets the same id), and
     * unlike a suffix on the anchor it cannot be an anchor the target hands out later. The next
     * name is tried in the unlikely case that one is taken too (its holder was itself renamed).
     * Imports and Export Adds choose alike, so an object gets the same id whichever way it came.
     */
    public static String scimIdFor(String connector, String objectType, String anchor, Predicate<String> taken) {
        String scimId = anchor;
        for (int n = 0; taken.test(scimId); n++) {
            scimId = UUID.nameUUIDFromBytes((connector + "/" + objectType + "/" + anchor + (n == 0 ? "" : "/" + n))
                    .getBytes(StandardCharsets.UTF_8)).toString();
        }
        return scimId;
    }

    /**
     * Re-keys a locked object to {@code to} and returns it, locked, at its new key, with
     * {@code scimId} (on an Add, Entra has not been given an id yet: the caller chooses it from the
     * new anchor; otherwise the id stays what it was). Changes made to {@code object} so far are
     * written first; {@code object} must not be used afterwards. The DN follows the anchor when it
     * was the one generated from it. The caller has checked that nothing else holds the new key
     * or SCIM id.
     */
    public CsObject move(CsObject object, String to, String scimId) {
        String connector = object.connector;
        String objectType = object.objectType;
        String from = object.anchor;
        String dn = object.dn != null && object.dn.equals(ExportPlanner.defaultDn(objectType, from))
                ? ExportPlanner.defaultDn(objectType, to) : object.dn;
        em.flush();
        em.detach(object);
        em.createNativeQuery("UPDATE cs_object SET anchor = ?4, dn = ?5, scim_id = ?6 "
                        + "WHERE connector = ?1 AND object_type = ?2 AND anchor = ?3")
                .setParameter(1, connector).setParameter(2, objectType).setParameter(3, from)
                .setParameter(4, to).setParameter(5, dn).setParameter(6, scimId).executeUpdate();
        // requests waiting on the object are answered at its new key; answered ones go along so a
        // retried identical request is still recognised (it finds the object through the forward)
        em.createNativeQuery("UPDATE scim_request SET anchor = ?4 WHERE connector = ?1 AND object_type = ?2 AND anchor = ?3")
                .setParameter(1, connector).setParameter(2, objectType).setParameter(3, from)
                .setParameter(4, to).executeUpdate();
        em.createNativeQuery("INSERT INTO cs_anchor_move (connector, object_type, old_anchor, scim_id, moved_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (connector, object_type, old_anchor) "
                        + "DO UPDATE SET scim_id = EXCLUDED.scim_id, moved_at = EXCLUDED.moved_at")
                .setParameter(1, connector).setParameter(2, objectType).setParameter(3, from)
                .setParameter(4, scimId).setParameter(5, Instant.now()).executeUpdate();
        // the new anchor is an object's own now; an older forward from it would lead astray
        em.createNativeQuery("DELETE FROM cs_anchor_move WHERE connector = ?1 AND object_type = ?2 AND old_anchor = ?3")
                .setParameter(1, connector).setParameter(2, objectType).setParameter(3, to).executeUpdate();
        return CsObject.findForUpdate(connector, objectType, to).orElseThrow(() -> new IllegalStateException(
                "object " + connector + "/" + objectType + "/" + from + " was moved to " + to + " but is not there"));
    }
}
