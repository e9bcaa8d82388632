package io.openecma.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} application's default datasource at the JVM's shared real
 * PostgreSQL database: {@code @WithTestResource(PostgresResource.class)}. The application still
 * sets {@code quarkus.datasource.db-kind=postgresql} itself (fixed at build time). The server
 * outlives the application and is stopped when the JVM exits.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        PostgresEndpoint postgres = SharedPostgres.endpoint();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password());
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; the shutdown hook stops it.
    }
}
