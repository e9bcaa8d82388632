package io.openecma.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

/**
 * A real PostgreSQL 17 server (zonky's binaries, run as a child process) with the database
 * {@value #DATABASE} created. A temporary instance starts on a free port in a folder that is
 * deleted afterwards; a persistent one keeps its data folder, so it can be started again later.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String DATABASE = "openecma";
    /** The superuser zonky's initdb creates; local connections are trusted, so any password works. */
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final PostgresEndpoint endpoint;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
        this.endpoint = new PostgresEndpoint(
                "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE, USER, PASSWORD);
    }

    /** A throw-away server on a free port; its data folder is removed when it stops. */
    public static EmbeddedPostgres startTemporary() {
        QuietLogging.apply();
        try {
            return createDatabase(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /**
     * A server on {@code localhost:port} whose data stays in {@code dataDir} (initialised on first
     * use, reused afterwards); the server's own log is appended to {@code logFile}.
     */
    public static EmbeddedPostgres startPersistent(int port, Path dataDir, Path logFile) {
        QuietLogging.apply();
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            return createDatabase(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(Redirect.appendTo(logFile.toFile()))
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port + " with data in " + dataDir
                    + " (port in use? see " + logFile + ")", e);
        }
    }

    public PostgresEndpoint endpoint() {
        return endpoint;
    }

    public int port() {
        return server.getPort();
    }

    /** Stops the server (a fast shutdown: open sessions are ended, committed data is kept). */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }

    private static EmbeddedPostgres createDatabase(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        DataSource admin = server.getPostgresDatabase();
        try (Connection connection = admin.getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + DATABASE);
                    }
                }
            }
        } catch (SQLException e) {
            try {
                server.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("cannot create database " + DATABASE, e);
        }
        return new EmbeddedPostgres(server);
    }
}
