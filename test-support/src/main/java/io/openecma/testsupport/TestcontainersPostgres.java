package io.openecma.testsupport;

import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL from the official {@code postgres:17} image. Only loaded when the Testcontainers
 * backend is chosen, so the embedded backend runs without Testcontainers on the class path.
 */
final class TestcontainersPostgres {

    static final String IMAGE = "postgres:17";

    private TestcontainersPostgres() {
    }

    static PostgresEndpoint start() {
        PostgreSQLContainer postgres = new PostgreSQLContainer(IMAGE)
                .withDatabaseName(EmbeddedPostgres.DATABASE)
                .withUsername(EmbeddedPostgres.USER)
                .withPassword(EmbeddedPostgres.PASSWORD);
        postgres.start();
        JvmWide.onExit("postgres-container", postgres::stop);
        return new PostgresEndpoint(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
    }
}
