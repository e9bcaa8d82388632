package io.openecma.core.admin;

import io.openecma.core.connector.LoadedConnector;
import io.openecma.core.space.CsObject;
import io.openecma.core.space.DesiredState;
import io.openecma.core.space.ObjectState;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Browsing the connector space, and retrying or discarding objects in error. */
@ApplicationScoped
public class ObjectAdministration {

    @Inject
    EntityManager em;

    public record ObjectInfo(String objectType, String anchor, String scimId, String dn, String state, boolean active,
                             boolean inTarget, long version, Map<String, Object> attributes, DesiredState pendingChange,
                             String inFlightBatch, int exportAttempts, String lastError, Instant updatedAt) {
        static ObjectInfo of(CsObject o) {
            return new ObjectInfo(o.objectType, o.anchor, o.scimId, o.dn, o.state, o.active, o.inTarget, o.version,
                    o.attributes, o.pendingChange, o.inFlightBatch == null ? null : o.inFlightBatch.toString(),
                    o.exportAttempts, o.lastError, o.updatedAt);
        }
    }

    public Map<String, Long> countByState(String connector) {
        Map<String, Long> counts = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT state, count(*) FROM cs_object WHERE connector = ?1 GROUP BY state")
                .setParameter(1, connector).getResultList();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /** Search by state, by one attribute's value (exact, case-insensitive) and by anchor prefix. */
    @SuppressWarnings("unchecked")
    public List<ObjectInfo> search(String connector, String state, String attribute, String value, String anchorPrefix,
                                   int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM cs_object WHERE connector = :connector");
        Parameters params = Parameters.with("connector", connector);
        if (state != null) {
            sql.append(" AND state = :state");
            params.and("state", state);
        }
        if (attribute != null) {
            if (value == null) {
                throw new BadRequestException("attribute needs value");
            }
            sql.append(" AND lower(attributes ->> :attribute) = lower(:value)");
            params.and("attribute", attribute).and("value", value);
        }
        if (anchorPrefix != null) {
            sql.append(" AND anchor LIKE :prefix");
            params.and("prefix", anchorPrefix.replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" ORDER BY object_type, anchor OFFSET :offset LIMIT :limit");
        params.and("offset", offset).and("limit", limit);
        var query = em.createNativeQuery(sql.toString(), CsObject.class);
        params.map().forEach(query::setParameter);
        return ((List<CsObject>) query.getResultList()).stream().map(ObjectInfo::of).toList();
    }

    /** Puts an errored object's change back in the export queue; a change the target refused is not kept to retry. */
    @Transactional
    public ObjectInfo retry(LoadedConnector connector, String objectType, String anchor) {
        CsObject object = errored(connector, objectType, anchor);
        if (object.pendingChange == null) {
            throw new ClientErrorException("object " + anchor + " has no change to export again: " + object.lastError
                    + "; discard clears the error", Response.Status.CONFLICT);
        }
        object.exportAttempts = 0;
        object.nextExportAt = Instant.now();
        object.setState(ObjectState.pending(object.confirmed(), object.pendingChange, connector.exportSettings()));
        object.touch(Instant.now());
        return ObjectInfo.of(object);
    }

    /** Drops an errored object's change: the object stays as the target holds it. */
    @Transactional
    public ObjectInfo discard(LoadedConnector connector, String objectType, String anchor) {
        CsObject object = errored(connector, objectType, anchor);
        object.pendingChange = null;
        object.lastError = null;
        object.exportAttempts = 0;
        object.touch(Instant.now());
        if (!object.provisioned) {
            ObjectInfo gone = ObjectInfo.of(object);
            object.delete();
            return gone;
        }
        object.setState(ObjectState.settled(object.confirmed()));
        return ObjectInfo.of(object);
    }

    private CsObject errored(LoadedConnector connector, String objectType, String anchor) {
        CsObject object = CsObject.findForUpdate(connector.name(), objectType, anchor)
                .orElseThrow(() -> new NotFoundException("no object " + objectType + "/" + anchor));
        if (object.objectState() != ObjectState.ERROR) {
            throw new BadRequestException("object " + anchor + " is " + object.state + ", not in error");
        }
        return object;
    }
}
