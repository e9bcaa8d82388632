package io.openecma.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

@RealInfrastructure
class RealPostgresTest {

    @Test
    void createsATableAndQueriesItWithPostgresFeatures(DataSource dataSource) throws Exception {
        String table = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = dataSource.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE " + table + " (anchor text PRIMARY KEY, attributes jsonb NOT NULL)");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + table + " (anchor, attributes) VALUES (?, ?::jsonb)")) {
                insert.setString(1, "jdoe");
                insert.setString(2, "{\"mail\": \"jdoe@example.com\"}");
                insert.executeUpdate();
                insert.setString(1, "asmith");
                insert.setString(2, "{\"mail\": \"asmith@example.com\"}");
                insert.executeUpdate();
            }
            List<String> mails = new ArrayList<>();
            try (Statement query = connection.createStatement();
                 ResultSet rs = query.executeQuery(
                         "SELECT attributes->>'mail' FROM " + table + " ORDER BY anchor")) {
                while (rs.next()) {
                    mails.add(rs.getString(1));
                }
            }
            assertEquals(List.of("asmith@example.com", "jdoe@example.com"), mails);
        }
    }

    @Test
    void isPostgresql17WithTheOpenecmaDatabase(PostgresEndpoint postgres) throws Exception {
        Assumptions.assumeTrue(System.getenv("DB_URL") == null, "DB_URL names an external database; its version is its own");
        assertTrue(postgres.jdbcUrl().endsWith("/" + EmbeddedPostgres.DATABASE), postgres.jdbcUrl());
        try (Connection connection = postgres.dataSource().getConnection();
             Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery("SELECT current_database(), current_setting('server_version_num')::int")) {
            assertTrue(rs.next());
            assertEquals(EmbeddedPostgres.DATABASE, rs.getString(1));
            assertEquals(17, rs.getInt(2) / 10000);
            assertFalse(rs.next());
        }
    }
}
