package io.openecma.core.connector;

import io.openecma.schemas.ecma.AttributeType;
import io.openecma.schemas.ecma.SchemaAttribute;
import io.openecma.schemas.ecma.SchemaType;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Creates the case-insensitive expression index the SCIM filters use for each single-valued
 * string attribute of a connector's schema (see the V1 migration), concurrently and outside any
 * transaction, on a background thread, and records it in cs_attribute_index.
 */
@ApplicationScoped
public class ExpressionIndexes {

    private static final Logger LOG = Logger.getLogger(ExpressionIndexes.class);

    @Inject
    AgroalDataSource dataSource;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "expression-indexes");
        t.setDaemon(true);
        return t;
    });

    public void ensureFor(LoadedConnector connector) {
        if (connector.schema() == null) {
            return;
        }
        executor.submit(() -> {
            for (SchemaType type : connector.schema().types()) {
                for (SchemaAttribute attribute : type.attributes()) {
                    if (!attribute.multiValued() && attribute.dataType() == AttributeType.String) {
                        create(connector.name(), type.name(), attribute.name());
                    }
                }
            }
        });
    }

    private void create(String connector, String objectType, String attribute) {
        String name = "cs_ci_" + shortHash(connector + "\u0000" + objectType + "\u0000" + attribute);
        String sql = "CREATE INDEX CONCURRENTLY IF NOT EXISTS " + name + " ON cs_object (lower(attributes ->> "
                + literal(attribute) + ")) WHERE connector = " + literal(connector) + " AND object_type = " + literal(objectType);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO cs_attribute_index (connector, object_type, attribute, "
                    + "index_name) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                p.setString(1, connector);
                p.setString(2, objectType);
                p.setString(3, attribute);
                p.setString(4, name);
                p.executeUpdate();
            }
        } catch (SQLException e) {
            LOG.warnf("connector %s: index for %s.%s not created: %s", connector, objectType, attribute, e.getMessage());
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String shortHash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
