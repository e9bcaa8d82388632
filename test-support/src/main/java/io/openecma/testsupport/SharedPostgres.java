package io.openecma.testsupport;

/**
 * The one PostgreSQL server of this test JVM, started on first use and stopped when the JVM
 * exits. If {@code DB_URL} is set (with {@code DB_USER} and {@code DB_PASSWORD}), that database
 * is used and nothing is started.
 */
public final class SharedPostgres {

    private static final String STARTED_URL = "io.openecma.testsupport.postgres.url";
    private static final String STARTED_USER = "io.openecma.testsupport.postgres.user";
    private static final String STARTED_PASSWORD = "io.openecma.testsupport.postgres.password";

    private SharedPostgres() {
    }

    public static PostgresEndpoint endpoint() {
        String external = JvmWide.env("DB_URL");
        if (external != null) {
            return new PostgresEndpoint(external, orDefault(JvmWide.env("DB_USER"), EmbeddedPostgres.USER),
                    System.getenv("DB_PASSWORD"));
        }
        synchronized (JvmWide.LOCK) {
            if (System.getProperty(STARTED_URL) == null) {
                PostgresEndpoint started = switch (Backend.selected()) {
                    case EMBEDDED -> startEmbedded();
                    case TESTCONTAINERS -> {
                        // Checked here: loading TestcontainersPostgres itself may need the missing classes.
                        Backend.requireOnClassPath("org.testcontainers.postgresql.PostgreSQLContainer",
                                "org.testcontainers:testcontainers-postgresql");
                        yield TestcontainersPostgres.start();
                    }
                };
                System.setProperty(STARTED_USER, started.user());
                System.setProperty(STARTED_PASSWORD, started.password());
                System.setProperty(STARTED_URL, started.jdbcUrl());
            }
            return new PostgresEndpoint(System.getProperty(STARTED_URL), System.getProperty(STARTED_USER),
                    System.getProperty(STARTED_PASSWORD));
        }
    }

    private static PostgresEndpoint startEmbedded() {
        EmbeddedPostgres postgres = EmbeddedPostgres.startTemporary();
        JvmWide.onExit("postgres", postgres::close);
        return postgres.endpoint();
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
