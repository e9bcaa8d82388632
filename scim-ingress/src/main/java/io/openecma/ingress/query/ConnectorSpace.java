package io.openecma.ingress.query;

import com.fasterxml.jackson.core.type.TypeReference;
import io.agroal.api.AgroalDataSource;
import io.openecma.ingress.mapping.StoredObject;
import io.openecma.ingress.scim.ScimException;
import io.openecma.schemas.events.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only SQL over sync-core's connector space (V1__connector_space.sql). Only provisioned rows
 * exist for SCIM; soft-deleted ones stay readable. Database failures are 503s, never 500s.
 */
@ApplicationScoped
public class ConnectorSpace {

    private static final Logger LOG = Logger.getLogger(ConnectorSpace.class);
    private static final TypeReference<Map<String, Object>> ATTRIBUTES = new TypeReference<>() {
    };
    private static final String COLUMNS = "object_type, anchor, scim_id, attributes, active, version, created_at,"
            + " updated_at";
    private static final String SCOPE = "connector = ? AND object_type = ? AND provisioned";

    /** One page of a search and the number of all matches. */
    public record Page(long total, List<StoredObject> objects) {
    }

    /** What sync-core says about a connector (connector_state), when it says anything. */
    public record ConnectorStatus(String status, int retryAfterSeconds, String detail) {
    }

    @Inject
    AgroalDataSource dataSource;

    public Optional<StoredObject> byScimId(String connector, String objectType, String scimId) {
        return query("SELECT " + COLUMNS + " FROM cs_object WHERE " + SCOPE + " AND scim_id = ?",
                List.of(connector, objectType, scimId)).stream().findFirst();
    }

    public Optional<StoredObject> byAnchor(String connector, String objectType, String anchor) {
        return query("SELECT " + COLUMNS + " FROM cs_object WHERE " + SCOPE + " AND anchor = ?",
                List.of(connector, objectType, anchor)).stream().findFirst();
    }

    /**
     * @param orderBy an expression from {@link FilterSql#sortExpression(String)} or null for anchor order
     */
    public Page search(String connector, String objectType, SqlPredicate predicate, String orderBy, boolean descending,
                       int offset, int limit) {
        String where = " FROM cs_object WHERE " + SCOPE + (predicate.isTrue() ? "" : " AND " + predicate.sql());
        List<Object> params = new ArrayList<>(List.of(connector, objectType));
        params.addAll(predicate.params());
        long total = count("SELECT count(*)" + where, params);
        if (limit == 0 || total <= offset) {
            return new Page(total, List.of());
        }
        String direction = descending ? " DESC" : " ASC";
        String order = " ORDER BY " + (orderBy == null ? "anchor" + direction
                : orderBy + direction + " NULLS LAST, anchor");
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(limit);
        pageParams.add(offset);
        return new Page(total, query("SELECT " + COLUMNS + where + order + " LIMIT ? OFFSET ?", pageParams));
    }

    /** sync-core's state of the connector, or empty when it has not written one. */
    public Optional<ConnectorStatus> status(String connector) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT status, retry_after_seconds, status_detail FROM connector_state WHERE connector = ?")) {
            s.setString(1, connector);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new ConnectorStatus(rs.getString(1), rs.getInt(2), rs.getString(3))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private long count(String sql, List<Object> params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, params);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private List<StoredObject> query(String sql, List<Object> params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, params);
             ResultSet rs = s.executeQuery()) {
            List<StoredObject> result = new ArrayList<>();
            while (rs.next()) {
                result.add(new StoredObject(rs.getString(1), rs.getString(2), rs.getString(3),
                        Json.mapper().readValue(rs.getString(4), ATTRIBUTES), rs.getBoolean(5), rs.getLong(6),
                        instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8))));
            }
            return result;
        } catch (SQLException e) {
            throw unavailable(e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cs_object.attributes is not a JSON object", e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
        return s;
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static ScimException unavailable(SQLException e) {
        // SQLSTATE class 22 (data exception): a value in the request the database cannot take, e.g. text
        // with U+0000. Asking again gives the same answer, so it is the client's error, not a 503.
        if (e.getSQLState() != null && e.getSQLState().startsWith("22")) {
            LOG.debugf("connector space refused a value of the request: %s", e.getMessage());
            return ScimException.invalidValue("a value in the request cannot be compared with stored data"
                    + " (SQLSTATE " + e.getSQLState() + ")");
        }
        LOG.errorf("connector space query failed: %s", e.getMessage());
        return ScimException.unavailable("the connector space cannot be read right now", 5);
    }
}
