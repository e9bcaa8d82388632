package io.openecma.ingress.query;

import io.openecma.ingress.it.TestConnectors;
import io.openecma.ingress.mapping.ConnectorModel;
import io.openecma.ingress.mapping.ResourceMapping;
import io.openecma.ingress.scim.filter.FilterParser;
import io.openecma.testsupport.PostgresEndpoint;
import io.openecma.testsupport.SharedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQL the filters become, run on real PostgreSQL with sync-core's migrations applied: right
 * answers, and plans that use the connector space's indexes (the per-attribute expression index
 * sync-core creates, and the GIN index) rather than scanning the connector's rows.
 */
class FilterSqlPostgresTest {

    private static final String CONNECTOR = "SqlTest";
    private static final int ROWS = 20_000;
    private static final ResourceMapping USERS = ConnectorModel.from(TestConnectors.hr()).users();
    private static PostgresEndpoint postgres;

    @BeforeAll
    static void connectorSpace() throws Exception {
        postgres = SharedPostgres.endpoint();
        Flyway.configure().dataSource(postgres.jdbcUrl(), postgres.user(), postgres.password())
                .locations("classpath:db/connector-space").load().migrate();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM cs_object WHERE connector = '" + CONNECTOR + "'");
            s.execute("INSERT INTO cs_object (connector, object_type, anchor, scim_id, attributes, state, provisioned)"
                    + " SELECT '" + CONNECTOR + "', 'User', 'user' || i, 'user' || i, jsonb_build_object("
                    + "'login', 'User' || i, 'employeeId', i, 'IsActive', i % 2 = 0,"
                    + " 'proxyAddresses', jsonb_build_array('smtp:u' || i || '@x'), 'manager', 'CN=m' || i),"
                    + " 'confirmed', true"
                    + " FROM generate_series(1, " + ROWS + ") AS i");
            // the index sync-core creates for a single-valued string attribute (see V1__connector_space.sql)
            s.execute("CREATE INDEX IF NOT EXISTS cs_sqltest_user_login ON cs_object (lower(attributes ->> 'login'))"
                    + " WHERE connector = '" + CONNECTOR + "' AND object_type = 'User'");
            s.execute("ANALYZE cs_object");
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
    }

    private static List<String> run(String sqlPrefix, String filter) throws Exception {
        return run(sqlPrefix, filter, false);
    }

    private static List<String> run(String sqlPrefix, String filter, boolean noSeqScan) throws Exception {
        SqlPredicate predicate = new FilterSql(USERS).translate(FilterParser.parseFilter(filter));
        try (Connection c = connect()) {
            if (noSeqScan) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET enable_seqscan = off");
                }
            }
            return rows(c, sqlPrefix, predicate);
        }
    }

    private static List<String> rows(Connection c, String sqlPrefix, SqlPredicate predicate) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sqlPrefix
                + " FROM cs_object WHERE connector = ? AND object_type = ? AND provisioned AND " + predicate.sql())) {
            s.setString(1, CONNECTOR);
            s.setString(2, "User");
            for (int i = 0; i < predicate.params().size(); i++) {
                s.setObject(i + 3, predicate.params().get(i));
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }
    }

    /**
     * The plan with sequential scans priced out: it shows whether an index CAN serve the predicate
     * (which plan the planner picks on a small table depends on its statistics).
     */
    private static String plan(String filter) throws Exception {
        return String.join("\n", run("EXPLAIN SELECT anchor", filter, true));
    }

    @Test
    void caseInsensitiveEqUsesSyncCoresExpressionIndex() throws Exception {
        assertEquals(List.of("user4711"), run("SELECT anchor", "userName eq \"USER4711\""));
        String plan = plan("userName eq \"user4711\"");
        assertTrue(plan.contains("cs_sqltest_user_login"), plan);
    }

    @Test
    void numbersBooleansAndMultiValuedEqUseTheGinIndex() throws Exception {
        String ecma = "urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User:";
        assertEquals(List.of("user77"), run("SELECT anchor", ecma + "employeeId eq 77"));
        assertTrue(plan(ecma + "employeeId eq 77").contains("cs_object_attributes_gin"), plan(ecma + "employeeId eq 77"));
        assertEquals(List.of("user78"), run("SELECT anchor", ecma + "proxyAddresses eq \"smtp:u78@x\""));
        assertTrue(plan(ecma + "proxyAddresses eq \"smtp:u78@x\"").contains("cs_object_attributes_gin"));
        assertEquals(List.of("user2"), run("SELECT anchor", ecma + "IsActive eq true and " + ecma + "employeeId lt 3"));
        String manager = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager eq \"CN=m7\"";
        assertEquals(List.of("user7"), run("SELECT anchor", manager));
        assertTrue(plan(manager).contains("cs_object_attributes_gin"), plan(manager));
    }

    @Test
    void orderingsAndPatternsAnswerCorrectly() throws Exception {
        String ecma = "urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User:";
        assertEquals(List.of(String.valueOf(ROWS - 5)), run("SELECT count(*)", ecma + "employeeId gt 5"));
        assertEquals(List.of("111"), run("SELECT count(*)", "userName sw \"USER100\"")); // 100, 1000-1009, 10000-10099
        assertEquals(List.of("1"), run("SELECT count(*)", "userName ew \"r19999\""));
        assertEquals(List.of("0"), run("SELECT count(*)", "userName co \"%\""));
        assertEquals(List.of("2"), run("SELECT count(*)", "userName eq \"user1\" or (userName eq \"user2\" and not ("
                + ecma + "IsActive eq false))"));
    }

    @Test
    void pathsNotWhollyBoundAreAlsoLookedUpInTheUnmappedAttributesStore() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO cs_object (connector, object_type, anchor, scim_id, attributes, state, provisioned) VALUES"
                    + " ('" + CONNECTOR + "', 'User', 'stored1', 'stored1', jsonb_build_object('login', 'stored1',"
                    + " 'email', 'anna@gmail.com', 'scimExtra', '{\"emails\":[{\"primary\":false,\"type\":\"work\","
                    + "\"value\":\"anna@Example.com\"}],\"name\":{\"formatted\":\"Daniel Mcgee\"}}'), 'confirmed', true),"
                    + " ('" + CONNECTOR + "', 'User', 'stored2', 'stored2', jsonb_build_object('login', 'stored2',"
                    + " 'scimExtra', 'not JSON: a target changed it'), 'confirmed', true)");
        }
        try {
            // emails[type eq "work"].value is bound: the first work e-mail is in 'email', a second one only in the store
            assertEquals(List.of("stored1"), run("SELECT anchor", "emails.value co \"example.com\""));
            assertEquals(List.of("stored1"), run("SELECT anchor", "emails.value co \"GMAIL\""));
            assertEquals(List.of("stored1"), run("SELECT anchor", "name.formatted eq \"daniel mcgee\""));
            assertEquals(List.of("stored1"), run("SELECT anchor", "name.formatted pr"));
            assertEquals(List.of("stored1"), run("SELECT anchor", "name.formatted sw \"Dan\" and emails ew \".com\""));
            assertEquals(List.of(), run("SELECT anchor", "name.formatted ew \"%\""));
            // a wholly bound path never looks into the store, so it keeps its index
            assertTrue(!new FilterSql(USERS).translate(FilterParser.parseFilter("userName eq \"stored1\"")).sql()
                    .contains("jsonb_path_query"));
        } finally {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("DELETE FROM cs_object WHERE connector = '" + CONNECTOR + "' AND anchor LIKE 'stored%'");
            }
        }
    }

    @Test
    void unknownAttributesFoldToFalseWithoutTouchingTheDatabase() {
        assertTrue(new FilterSql(USERS).translate(FilterParser.parseFilter("PLACEHOLDER eq \"x\"")).isFalse());
        assertTrue(new FilterSql(USERS).translate(FilterParser.parseFilter(
                "userName eq \"a\" and urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User:nope eq \"x\""))
                .isFalse());
    }
}
