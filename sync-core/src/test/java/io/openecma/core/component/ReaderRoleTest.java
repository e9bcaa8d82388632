package io.openecma.core.component;

import io.openecma.core.testing.TestConnectors;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The role sync-core sets up for scim-ingress (issue #14, item 4) can read every table of the
 * connector space and change none of them.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(TestConnectors.class)
class ReaderRoleTest {

    /** PostgreSQL's SQLSTATE for "permission denied". */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "openecma.db.reader.user")
    String reader;
    @ConfigProperty(name = "openecma.db.reader.password")
    String password;

    @Test
    void theReaderRoleReadsTheConnectorSpaceAndChangesNothing() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, reader, password);
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM cs_object")) {
                assertTrue(rows.next());
            }
            for (String change : new String[]{
                    "INSERT INTO outbox (topic, message_key, payload) VALUES ('t', 'k', 'p')",
                    "UPDATE cs_object SET version = version + 1",
                    "DELETE FROM scim_request",
                    "CREATE TABLE reader_was_here (id int)"}) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(change), change);
                assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), change + ": " + refused.getMessage());
            }
        }
    }
}
