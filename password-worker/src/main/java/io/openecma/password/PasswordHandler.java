package io.openecma.password;

import io.openecma.runtime.PasswordCall;
import io.openecma.runtime.PasswordRejectedException;
import io.openecma.runtime.ScriptFailedException;
import io.openecma.runtime.ScriptRuntimes;
import io.openecma.runtime.ScriptStreams;
import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.events.DeadLetter;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.PasswordErrorKind;
import io.openecma.schemas.events.PasswordPayload;
import io.openecma.schemas.events.PasswordRequest;
import io.openecma.schemas.events.PasswordResult;
import io.openecma.schemas.topics.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one password request: opens the envelope (only here is the password ever clear), runs the
 * connector's Password script with the object's DN and anchor, and publishes the outcome keyed by
 * the correlation id. The script's PasswordPolicyViolation, PasswordIllFormed and PasswordExtension
 * exceptions become error kinds with the script's message; ServerDownException is retried, then
 * reported TRANSIENT. The clear passwords are scrubbed from every log line, script stream and
 * result message, and the decrypted bytes are zeroed as soon as they are parsed.
 */
final class PasswordHandler {

    private static final Logger LOG = Logger.getLogger(PasswordHandler.class);
    private static final Logger SCRIPT_LOG = Logger.getLogger("io.openecma.password.script");

    private final ConnectorDefinition definition;
    private final ConnectorFolders folders;
    private final EnvelopeOpener envelopes;
    private final PasswordSettings settings;
    private final KafkaClients kafka;
    private final PasswordMetrics metrics;
    private ExecutorService scriptThread;

    PasswordHandler(ConnectorDefinition definition, ConnectorFolders folders, EnvelopeOpener envelopes, PasswordSettings settings,
                    KafkaClients kafka, PasswordMetrics metrics) {
        this.definition = definition;
        this.folders = folders;
        this.envelopes = envelopes;
        this.settings = settings;
        this.kafka = kafka;
        this.metrics = metrics;
        this.scriptThread = newThread(); // after the fields: the thread is named after the connector
    }

    private ExecutorService newThread() {
        // A stack deep enough for the engine's call-depth limit (the JVM default is not).
        return Executors.newSingleThreadExecutor(
                io.openecma.powershell.ScriptThreads.daemonFactory("password-script-" + definition.name()));
    }

    void handle(ConsumerRecord<String, byte[]> record) {
        PasswordRequest request;
        try {
            request = Json.read(record.value(), PasswordRequest.class);
        } catch (RuntimeException e) {
            // The payload holds at most an encrypted envelope: it may be kept for inspection.
            LOG.errorf("connector %s: unreadable password request at %s-%d@%d set aside", definition.name(),
                    record.topic(), record.partition(), record.offset());
            kafka.publish(Topics.DEAD_LETTERS, record.key() == null ? "" : record.key(), new DeadLetter(
                    Message.CURRENT_VERSION, UUID.randomUUID(), record.topic(), record.key(),
                    "unreadable password request: " + e.getClass().getSimpleName(),
                    new String(record.value(), java.nio.charset.StandardCharsets.UTF_8), Instant.now()));
            return;
        }
        MDC.put("connector", definition.name());
        MDC.put("correlationId", request.correlationId().toString());
        MDC.put("anchor", request.anchor());
        try {
            PasswordResult result = run(request);
            kafka.result(request.correlationId().toString(), result);
            metrics.operation(definition.name(), request.operationType().name(),
                    result.success() ? "success" : result.errorKind().name());
        } finally {
            MDC.clear();
        }
    }

    private PasswordResult run(PasswordRequest request) {
        PasswordPayload payload;
        try {
            payload = open(request);
        } catch (RuntimeException e) {
            LOG.errorf("connector %s: the password envelope for %s could not be opened (key id %s): %s",
                    definition.name(), request.anchor(), request.envelope().keyId(), e.getClass().getSimpleName());
            return failed(request, PasswordErrorKind.EXTENSION, "the password could not be decrypted by the password-worker"
                    + " (envelope key id " + request.envelope().keyId() + ")");
        }
        Secrets secrets = new Secrets(payload.newPassword(), payload.oldPassword());
        try {
            PasswordCall call = new PasswordCall(request.dn(), definition.objectType(),
                    Map.of(definition.anchorAttribute(), List.of(request.anchor())), request.operationType(),
                    request.passwordOptions(), payload.oldPassword(), payload.newPassword());
            payload = null;
            return callWithRetries(request, call, secrets);
        } finally {
            secrets.forget();
        }
    }

    private PasswordPayload open(PasswordRequest request) {
        byte[] clear = envelopes.open(request.envelope());
        try {
            return Json.read(clear, PasswordPayload.class);
        } finally {
            Arrays.fill(clear, (byte) 0);
        }
    }

    private PasswordResult callWithRetries(PasswordRequest request, PasswordCall call, Secrets secrets) {
        Duration backoff = settings.retryBackoff();
        for (int attempt = 0; ; attempt++) {
            PasswordErrorKind kind;
            String message;
            try {
                runScript(call, secrets);
                LOG.infof("connector %s: %s for %s done", definition.name(), request.operationType(), request.anchor());
                return new PasswordResult(Message.CURRENT_VERSION, UUID.randomUUID(), request.correlationId(),
                        definition.name(), request.anchor(), true, null, null);
            } catch (PasswordRejectedException e) {
                kind = e.errorKind();
                message = secrets.scrub(e.getMessage());
            } catch (ScriptFailedException e) {
                kind = PasswordRejectedException.kindOf(e);
                message = secrets.scrub(e.getMessage());
            } catch (TimeoutException e) {
                kind = PasswordErrorKind.TRANSIENT;
                message = "the Password script did not finish within " + limit() + "; it was stopped";
            } catch (RuntimeException e) {
                kind = PasswordErrorKind.EXTENSION;
                message = secrets.scrub(String.valueOf(e.getMessage()));
            }
            if (kind == PasswordErrorKind.TRANSIENT && attempt < settings.transientRetries()) {
                LOG.warnf("connector %s: password for %s failed transiently (%s); retry %d in %s", definition.name(),
                        request.anchor(), message, attempt + 1, backoff);
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
                continue;
            }
            LOG.warnf("connector %s: %s for %s refused, %s: %s", definition.name(), request.operationType(),
                    request.anchor(), kind, message);
            return failed(request, kind, message);
        }
    }

    /** The Password script on its own runspace, on the script thread, under the time limit. */
    private void runScript(PasswordCall call, Secrets secrets) throws TimeoutException {
        ScriptStreams streams = (script, stream, text) -> SCRIPT_LOG.logf(level(stream), "[%s %s %s] %s",
                definition.name(), script, stream, secrets.scrub(text));
        Map<String, String> mdc = mdc();
        long start = System.nanoTime();
        Future<?> future = scriptThread.submit(() -> {
            mdc.forEach(MDC::put);
            try {
                ScriptRuntimes.forDefinition(definition, folders, null, streams).password(call);
            } finally {
                MDC.clear();
            }
        });
        try {
            future.get(limit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            scriptThread.shutdownNow();
            scriptThread = newThread();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            metrics.scriptDuration(definition.name(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static Map<String, String> mdc() {
        Map<String, String> copy = new java.util.HashMap<>();
        MDC.getMap().forEach((k, v) -> copy.put(k, String.valueOf(v)));
        return copy;
    }

    private Duration limit() {
        int minutes = definition.scriptTimeoutMinutes();
        Duration limit = minutes > 0 ? Duration.ofMinutes(minutes).plus(settings.timeoutGrace()) : Duration.ofMinutes(30);
        return settings.scriptTimeoutCap().filter(cap -> cap.compareTo(limit) < 0).orElse(limit);
    }

    private PasswordResult failed(PasswordRequest request, PasswordErrorKind kind, String message) {
        return new PasswordResult(Message.CURRENT_VERSION, UUID.randomUUID(), request.correlationId(), definition.name(),
                request.anchor(), false, kind, message);
    }

    private static Logger.Level level(String stream) {
        return switch (stream) {
            case "verbose", "debug" -> Logger.Level.DEBUG;
            case "warning" -> Logger.Level.WARN;
            case "error" -> Logger.Level.ERROR;
            default -> Logger.Level.INFO;
        };
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void close() {
        scriptThread.shutdownNow();
    }
}
