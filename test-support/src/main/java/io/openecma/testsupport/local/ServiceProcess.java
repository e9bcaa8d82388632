package io.openecma.testsupport.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * A running service process. Its output goes, line by line and prefixed with its name, to the
 * stack's output and to {@code <logDir>/<name>.log}; the last lines are kept to explain a failure.
 */
final class ServiceProcess {

    private static final int TAIL_LINES = 30;
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final ServiceSpec spec;
    private final Process process;
    private final Deque<String> tail = new ArrayDeque<>();
    private final Thread pump;

    private ServiceProcess(ServiceSpec spec, Process process, Consumer<String> output, Path logFile) {
        this.spec = spec;
        this.process = process;
        this.pump = new Thread(() -> pump(output, logFile), "openecma-log-" + spec.name());
        pump.setDaemon(true);
        pump.start();
    }

    static ServiceProcess start(ServiceSpec spec, Path workingDir, Map<String, String> env, Consumer<String> output,
                                Path logDir) {
        requireArtifact(spec);
        // A service that takes its port as an argument names it {port} (known only once picked).
        List<String> command = spec.command().stream()
                .map(arg -> arg.replace(ServiceSpec.PORT_PLACEHOLDER, String.valueOf(spec.port()))).toList();
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(env);
        builder.environment().putAll(spec.env());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(spec.port()));
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            return new ServiceProcess(spec, process, output, logDir.resolve(spec.name() + ".log"));
        } catch (IOException e) {
            throw new LocalStackException(spec.name() + ": cannot run " + spec.command() + ": " + e.getMessage(), e);
        }
    }

    /** Fails when the file the service's command needs (its jar) is not there. */
    static void requireArtifact(ServiceSpec spec) {
        if (spec.artifact() != null && !Files.exists(spec.artifact())) {
            throw new LocalStackException(spec.name() + ": " + spec.artifact() + " does not exist; build it first"
                    + " (mvn -B -DskipTests package, or bin/openecma-local which builds everything)");
        }
    }

    String name() {
        return spec.name();
    }

    int port() {
        return spec.port();
    }

    long pid() {
        return process.pid();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Polls the readiness endpoint until it answers 200, the process exits, or {@code timeout}
     * passes; the two failures throw with the service's last log lines.
     */
    void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + spec.port() + spec.readyPath()))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        String lastAnswer = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw failure("exited with code " + exitCode() + " before it was ready");
            }
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LocalStackException(spec.name() + ": interrupted while waiting for it to be ready");
            }
            sleep(Duration.ofMillis(500));
        }
        throw failure("not ready after " + timeout.toSeconds() + " s (last answer from "
                + spec.readyPath() + ": " + lastAnswer + ")");
    }

    /** Runs {@code action} with the exit code when the process ends, for whatever reason. */
    void onExit(IntConsumer action) {
        process.onExit().thenRun(() -> action.accept(exitCode()));
    }

    /**
     * Asks the process to stop (SIGTERM). Signals go through the process handle:
     * {@code Process.destroy()} would also close the output pipe and lose the last lines.
     */
    void requestStop() {
        process.toHandle().destroy();
    }

    /** Waits for the end asked for by {@link #requestStop()}, killing the process after a grace period. */
    void awaitStop() {
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.toHandle().destroyForcibly();
                process.waitFor();
            }
            pump.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.toHandle().destroyForcibly();
        }
    }

    LocalStackException failure(String what) {
        return new LocalStackException(spec.name() + " " + what + ". Its last log lines:\n" + tailText());
    }

    String tailText() {
        synchronized (tail) {
            return tail.isEmpty() ? "  (no output)" : "  " + String.join("\n  ", List.copyOf(tail));
        }
    }

    private int exitCode() {
        try {
            process.waitFor();
            pump.join(2000);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void pump(Consumer<String> output, Path logFile) {
        String prefix = "[" + spec.name() + "] ";
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (tail) {
                    if (tail.size() == TAIL_LINES) {
                        tail.removeFirst();
                    }
                    tail.addLast(line);
                }
                log.println(line);
                output.accept(prefix + line);
            }
        } catch (IOException e) {
            output.accept(prefix + "(output no longer readable: " + e.getMessage() + ")");
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
