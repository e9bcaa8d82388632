package io.openecma.testsupport;

import java.util.Locale;

/**
 * Where the test infrastructure comes from, chosen by the system property
 * {@value #PROPERTY}: {@code embedded} (default: in-JVM Kafka, zonky PostgreSQL, no Docker) or
 * {@code testcontainers} (the official {@code apache/kafka} and {@code postgres:17} images; needs
 * a Docker engine and the optional Testcontainers dependencies on the test class path).
 * Environment variables naming external services win over both, see {@link SharedKafka} and
 * {@link SharedPostgres}.
 */
public enum Backend {
    EMBEDDED,
    TESTCONTAINERS;

    public static final String PROPERTY = "openecma.test.backend";

    public static Backend selected() {
        String value = System.getProperty(PROPERTY, "embedded").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "embedded", "" -> EMBEDDED;
            case "testcontainers" -> TESTCONTAINERS;
            default -> throw new IllegalArgumentException(
                    "-D" + PROPERTY + "=" + value + " is not a backend; use 'embedded' or 'testcontainers'");
        };
    }

    /** Fails with the dependency to add when a Testcontainers class is not on the class path. */
    static void requireOnClassPath(String className, String artifact) {
        try {
            Class.forName(className, false, Backend.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("-D" + PROPERTY + "=testcontainers needs " + artifact
                    + " in the module's test dependencies (version from the Quarkus BOM)", e);
        }
    }
}
