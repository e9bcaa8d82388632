package io.openecma.worker.export;

import io.openecma.runtime.ExportSession;
import io.openecma.runtime.ScriptRuntime;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.CSEntryChangeResult;
import io.openecma.schemas.ecma.CloseReason;
import io.openecma.schemas.ecma.ExportType;
import io.openecma.schemas.ecma.OpenExportRunStep;
import io.openecma.schemas.events.BatchFailure;
import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.events.ExportItem;
import io.openecma.schemas.events.ExportResult;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.topics.Topics;
import io.openecma.worker.execution.Failures;
import io.openecma.worker.lane.Calls;
import io.openecma.worker.lane.ConnectorContext;
import io.openecma.worker.lane.RecordHandler;
import io.openecma.worker.lane.SchemaSource;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs export batches. Begin Export runs once and the session stays open across consecutive
 * batches until it has been idle for the configured time (then End Export runs), so the target
 * connection is set up once. A failed call discards the session. Transient failures are retried
 * with doubling backoff on a fresh session; what still fails is reported as the batch's failure,
 * and per-entry errors come back as the script reported them.
 */
public final class ExportHandler implements RecordHandler {

    private static final Logger LOG = Logger.getLogger(ExportHandler.class);
    static final AttributeKey<String> CONNECTOR = AttributeKey.stringKey("openecma.connector");
    static final AttributeKey<Long> OBJECTS = AttributeKey.longKey("openecma.export.objects");
    static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("openecma.export.attempt");
    static final AttributeKey<Long> ERRORS = AttributeKey.longKey("openecma.export.errors");

    private final ConnectorContext context;
    private final ScriptRuntime runtime;
    private final Calls calls;
    private final SchemaSource schema;
    private ExportSession session;
    private ExportType sessionType;
    private long lastBatchAt;

    public ExportHandler(ConnectorContext context, String threadName) {
        this.context = context;
        this.runtime = context.newRuntime();
        this.calls = new Calls(context, threadName);
        this.schema = new SchemaSource(context, runtime, calls);
    }

    @Override
    public void handle(ConsumerRecord<String, byte[]> record) {
        Optional<ExportBatch> read = context.read(record, ExportBatch.class, "export batch");
        if (read.isEmpty()) {
            return;
        }
        ExportBatch batch = read.get();
        // the batch's trace: a consumer span from sync-core's context, the script run inside it, and
        // the result published under it (names and counts only: never attribute values or passwords)
        Span received = context.tracing().receive("openecma.export-batch receive", record);
        try (Scope ignored = received.makeCurrent()) {
            handle(batch);
        } finally {
            received.end();
        }
    }

    private void handle(ExportBatch batch) {
        MDC.put("connector", context.name());
        MDC.put("correlationId", batch.batchId().toString());
        MDC.put("anchor", batch.items().isEmpty() ? "" : batch.items().get(0).anchor());
        try {
            ExportResult result = exportTraced(batch);
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("export batch " + batch.batchId() + " handed back; its result is not published");
            }
            context.publisher().result(Topics.resultKey(batch.batchId()), result);
            lastBatchAt = System.nanoTime();
        } finally {
            MDC.clear();
        }
    }

    /** The script run of one batch as a span, with the connector and the object count. */
    private ExportResult exportTraced(ExportBatch batch) {
        Span run = context.tracing().span("openecma.script export")
                .setAttribute(CONNECTOR, context.name())
                .setAttribute(OBJECTS, (long) batch.items().size())
                .setAttribute(ATTEMPT, (long) batch.attempt())
                .startSpan();
        try (Scope ignored = run.makeCurrent()) {
            ExportResult result = export(batch);
            if (result.failure() != null) {
                run.setStatus(StatusCode.ERROR, result.failure().kind().name());
            }
            run.setAttribute(ERRORS, result.results().stream().filter(r -> !r.errorCode().isSuccess()).count());
            return result;
        } finally {
            run.end();
        }
    }

    private ExportResult export(ExportBatch batch) {
        List<CSEntryChange> changes = batch.items().stream().map(ExportItem::change).toList();
        Map<UUID, String> anchors = new HashMap<>();
        batch.items().forEach(i -> anchors.put(i.change().identifier(), i.anchor()));
        Duration backoff = context.settings().retryBackoff();
        for (int attempt = 0; ; attempt++) {
            try {
                List<CSEntryChangeResult> results = exportOnSession(batch.exportType(), changes);
                report(results, anchors);
                context.metrics().work(context.name(), "export", "success");
                return result(batch, results, null);
            } catch (RuntimeException e) {
                discardSession();
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("export batch " + batch.batchId() + " handed back while running");
                }
                if (Failures.isTransient(e) && attempt < context.settings().transientRetries()) {
                    LOG.warnf("connector %s: export batch %s failed transiently (%s); retry %d in %s", context.name(),
                            batch.batchId(), e.getMessage(), attempt + 1, backoff);
                    sleep(backoff);
                    backoff = backoff.multipliedBy(2);
                    continue;
                }
                BatchFailure failure = Failures.of(e);
                LOG.errorf("connector %s: export batch %s (%d entries) failed, %s: %s", context.name(), batch.batchId(),
                        changes.size(), failure.kind(), failure.message());
                context.metrics().error(context.name(), failure.kind().name());
                context.metrics().work(context.name(), "export", failure.kind().name());
                return result(batch, List.of(), failure);
            }
        }
    }

    private List<CSEntryChangeResult> exportOnSession(ExportType type, List<CSEntryChange> changes) {
        if (session != null && sessionType != type) {
            closeSession();
        }
        if (session == null) {
            var types = schema.get();
            var step = new OpenExportRunStep(type, context.definition().pageSizes() == null ? changes.size()
                    : context.definition().pageSizes().exportBatchSize(), null);
            session = calls.run("BeginExport", () -> runtime.openExportSession(step, types));
            sessionType = type;
        }
        ExportSession open = session;
        return calls.run("Export", () -> open.export(changes));
    }

    private void report(List<CSEntryChangeResult> results, Map<UUID, String> anchors) {
        int errors = 0;
        for (CSEntryChangeResult r : results) {
            if (!r.errorCode().isSuccess()) {
                errors++;
                MDC.put("anchor", anchors.getOrDefault(r.identifier(), ""));
                LOG.warnf("connector %s: export of %s failed: %s %s %s", context.name(), anchors.get(r.identifier()),
                        r.errorCode(), r.errorName() == null ? "" : r.errorName(), r.errorDetail() == null ? "" : r.errorDetail());
            }
        }
        context.metrics().entries(context.name(), "export", "success", results.size() - errors);
        context.metrics().entries(context.name(), "export", "error", errors);
    }

    private ExportResult result(ExportBatch batch, List<CSEntryChangeResult> results, BatchFailure failure) {
        return new ExportResult(Message.CURRENT_VERSION, UUID.randomUUID(), batch.batchId(), context.name(),
                context.workerId(), results, failure, Instant.now());
    }

    /** End Export after the idle time, so the target's connection is not held forever. */
    @Override
    public void idle() {
        if (session != null && System.nanoTime() - lastBatchAt > context.settings().exportIdleTimeout().toNanos()) {
            LOG.debugf("connector %s: export session idle; closing", context.name());
            closeSession();
        }
    }

    @Override
    public void close() {
        closeSession();
        calls.shutdown();
    }

    private void closeSession() {
        ExportSession open = session;
        session = null;
        if (open == null) {
            return;
        }
        try {
            calls.run("EndExport", () -> {
                open.close(CloseReason.Normal);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warnf("connector %s: End Export failed: %s", context.name(), e.getMessage());
        }
    }

    /** After a failure the runtime has discarded the runspace already; a timed-out one is abandoned. */
    private void discardSession() {
        session = null;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during retry backoff", e);
        }
    }
}
