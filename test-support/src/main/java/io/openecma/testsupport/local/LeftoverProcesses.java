package io.openecma.testsupport.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Processes that a previous run left behind because its launcher was killed hard (kill -9, a
 * crash): the services and PostgreSQL are separate processes and would keep the ports and the
 * data folder. Each service's pid and start time are recorded in {@code run/}; PostgreSQL records
 * its own in {@code postmaster.pid}. A recorded process is stopped only if it is still the same
 * process (same start time, or a postgres executable for PostgreSQL).
 */
final class LeftoverProcesses {

    private final Path runDir;
    private final Consumer<String> say;

    LeftoverProcesses(Path dataDir, Consumer<String> say) {
        this.runDir = dataDir.resolve("run");
        this.say = say;
    }

    void record(String service, ProcessHandle process) {
        String started = process.info().startInstant().map(Instant::toString).orElse("");
        write(runDir.resolve(service + ".pid"), process.pid() + " " + started);
    }

    void forget(String service) {
        try {
            Files.deleteIfExists(runDir.resolve(service + ".pid"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the pid file of " + service, e);
        }
    }

    /** Stops recorded services still running from an earlier run, then a PostgreSQL on our data. */
    void stopAll(Path postgresDataDir) {
        for (Path pidFile : pidFiles()) {
            String[] fields = read(pidFile).split(" ", 2);
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(fields[0]))
                    .filter(p -> fields.length == 2 && p.info().startInstant().map(Instant::toString)
                            .map(fields[1]::equals).orElse(false));
            String name = pidFile.getFileName().toString().replace(".pid", "");
            process.ifPresent(p -> stop(name + " left running by an earlier run", p));
            forget(name);
        }
        Path postmasterPid = postgresDataDir.resolve("postmaster.pid");
        if (Files.exists(postmasterPid)) {
            long pid = Long.parseLong(read(postmasterPid).lines().findFirst().orElse("0").trim());
            ProcessHandle.of(pid)
                    .filter(p -> p.info().command().map(command -> command.endsWith("/postgres")).orElse(false))
                    .ifPresent(p -> stop("PostgreSQL left running by an earlier run", p));
        }
    }

    private void stop(String what, ProcessHandle process) {
        say.accept("stopping " + what + " (pid " + process.pid() + ")");
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new LocalStackException("cannot stop " + what, e);
        }
    }

    private List<Path> pidFiles() {
        if (!Files.isDirectory(runDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(runDir)) {
            return files.filter(file -> file.toString().endsWith(".pid")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + runDir, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
