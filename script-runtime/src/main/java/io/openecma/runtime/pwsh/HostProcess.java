package io.openecma.runtime.pwsh;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.openecma.runtime.ScriptStreams;
import io.openecma.schemas.events.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One running host process and its JSON-lines channel: requests go to stdin one a line; stdout
 * carries only protocol lines (stream events, then one result or error per request); stderr is
 * pumped to the scripts' host stream. Reading happens on a pump thread so a caller waiting for an
 * answer can time out or be interrupted; either kills the process.
 */
final class HostProcess implements AutoCloseable {

    private static final String EOF = "\u0000eof";
    private static final int STDERR_TAIL = 5;

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final ScriptStreams streams;
    private volatile String currentScript = "";

    private HostProcess(Process process, ScriptStreams streams) {
        this.process = process;
        this.streams = streams;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        pump("pwsh-stdout-" + process.pid(), process.getInputStream(), stdout::add, () -> stdout.add(EOF));
        pump("pwsh-stderr-" + process.pid(), process.getErrorStream(), this::stderrLine, () -> {
        });
    }

    static HostProcess start(PwshCommand command, Path hostScript, Map<String, String> environment, Path workingDirectory,
                             ScriptStreams streams) {
        ProcessBuilder builder = new ProcessBuilder(command.commandLine(hostScript.toString()))
                .directory(workingDirectory.toFile());
        builder.environment().putAll(environment);
        try {
            return new HostProcess(builder.start(), streams);
        } catch (IOException e) {
            throw new HostProcessException("Cannot start the pwsh runtime's host process with " + command
                    + ": " + e.getMessage() + ". Install PowerShell 7 or point " + PwshCommand.ENV
                    + " (or -D" + PwshCommand.PROPERTY + ") at its pwsh executable.", e);
        }
    }

    /**
     * Sends one request and waits for its answer, handing stream events to the scripts' streams on
     * the way. {@code limit} null means no limit.
     */
    JsonNode call(JsonNode request, String scriptName, Duration limit) {
        currentScript = scriptName;
        try {
            stdin.write(Json.mapper().writeValueAsString(request));
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            kill();
            throw new HostProcessException("The pwsh host process (pid " + process.pid() + ") is gone: it could not be sent "
                    + "a request (" + e.getMessage() + ")" + stderrSummary(), e);
        }
        long deadline = limit == null ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos();
        while (true) {
            String line = next(deadline, limit);
            JsonNode message;
            try {
                message = Json.mapper().readTree(line);
            } catch (JsonProcessingException e) {
                message = null;
            }
            if (message == null || !message.isObject()) {
                kill();
                // The text itself is not repeated: it is unknown output and might carry anything.
                throw new HostProcessException("The pwsh host process wrote a line of " + line.length()
                        + " characters that is not a protocol message; the process was killed.", null);
            }
            String type = message.path("type").asText();
            if (type.equals("stream")) {
                streams.write(scriptName, message.path("stream").asText("host"), message.path("text").asText(""));
            } else {
                return message;
            }
        }
    }

    private String next(long deadline, Duration limit) {
        String line;
        try {
            long wait = deadline - System.nanoTime();
            line = deadline == Long.MAX_VALUE ? stdout.take() : stdout.poll(Math.max(0, wait), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw new HostProcessException("The call was cancelled (the caller's thread was interrupted); the pwsh host "
                    + "process (pid " + process.pid() + ") was killed.", e);
        }
        if (line == null) {
            kill();
            throw new HostProcessException("The script ran longer than its limit of " + describe(limit)
                    + "; the pwsh host process (pid " + process.pid() + ") was killed.", null);
        }
        if (line.equals(EOF)) {
            Integer code = exitCode();
            throw new HostProcessException("The pwsh host process (pid " + process.pid() + ") ended in the middle of the call"
                    + (code == null ? "" : " with exit code " + code) + stderrSummary(), null);
        }
        return line;
    }

    private Integer exitCode() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? process.exitValue() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Ends the process at once (a timeout, a cancellation, a broken protocol, a failed session). */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Asks the host to exit; kills it if it does not within a few seconds. */
    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                stdin.write("{\"op\":\"exit\"}\n");
                stdin.flush();
                stdin.close();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (IOException e) {
                kill();
            } catch (InterruptedException e) {
                kill();
                Thread.currentThread().interrupt();
            }
        }
    }

    private void stderrLine(String line) {
        synchronized (stderrTail) {
            stderrTail.addLast(line);
            if (stderrTail.size() > STDERR_TAIL) {
                stderrTail.removeFirst();
            }
        }
        streams.write(currentScript, "host", line);
    }

    private String stderrSummary() {
        synchronized (stderrTail) {
            return stderrTail.isEmpty() ? "." : "; its last error output: " + String.join(" | ", stderrTail);
        }
    }

    private static String describe(Duration limit) {
        return limit.toSeconds() % 60 == 0 && limit.toMinutes() > 0 ? limit.toMinutes() + " minute(s)" : limit.toMillis() + " ms";
    }

    private static void pump(String name, InputStream in, java.util.function.Consumer<String> sink, Runnable atEnd) {
        Thread t = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                // The process is gone; the end marker below tells the waiting caller.
            } finally {
                atEnd.run();
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }
}
