package io.openecma.testsupport.local;

import java.nio.file.Path;

import io.openecma.testsupport.EmbeddedPostgres;

/**
 * Test helper run as its own JVM: starts a persistent PostgreSQL and then dies without running
 * any shutdown hook, as a launcher killed with SIGKILL would, leaving PostgreSQL running.
 */
public final class OrphanPostgres {

    public static void main(String[] args) {
        Path dataDir = Path.of(args[1]);
        EmbeddedPostgres.startPersistent(Integer.parseInt(args[0]), dataDir.resolve("postgres"),
                dataDir.resolve("logs/postgres.log"));
        System.out.println("started");
        Runtime.getRuntime().halt(0);
    }
}
