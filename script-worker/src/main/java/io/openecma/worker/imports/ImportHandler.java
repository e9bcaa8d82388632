package io.openecma.worker.imports;

import io.openecma.runtime.ImportSession;
import io.openecma.runtime.ScriptRuntime;
import io.openecma.runtime.ecma2.Ecma2Converter;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.CloseReason;
import io.openecma.schemas.ecma.OpenImportRunStep;
import io.openecma.schemas.ecma.Schema;
import io.openecma.schemas.events.BatchFailure;
import io.openecma.schemas.events.ImportEntryError;
import io.openecma.schemas.events.ImportPage;
import io.openecma.schemas.events.ImportRequest;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.SchemaRequest;
import io.openecma.schemas.events.SchemaResult;
import io.openecma.schemas.events.WorkerRequest;
import io.openecma.schemas.topics.Topics;
import io.openecma.worker.execution.Failures;
import io.openecma.worker.kafka.Publisher;
import io.openecma.worker.lane.Calls;
import io.openecma.worker.lane.ConnectorContext;
import io.openecma.worker.lane.RecordHandler;
import io.openecma.worker.lane.SchemaSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs a connector's import runs and schema requests, in the order sync-core sent them. One
 * ImportRequest is one run: Begin Import, then the Import script page after page (each page
 * published before the next is read) while it says there is more, then End Import, whose
 * watermark goes out with the last page. A failure ends the run with a page that carries it.
 * Entries the script flagged with an import error travel with their page as its entry errors.
 */
public final class ImportHandler implements RecordHandler {

    private static final Logger LOG = Logger.getLogger(ImportHandler.class);

    private final ConnectorContext context;
    private final ScriptRuntime runtime;
    private final Calls calls;
    private final SchemaSource schema;

    public ImportHandler(ConnectorContext context, String threadName) {
        this.context = context;
        this.runtime = context.newRuntime();
        this.calls = new Calls(context, threadName);
        this.schema = new SchemaSource(context, runtime, calls);
    }

    @Override
    public void handle(ConsumerRecord<String, byte[]> record) {
        Optional<WorkerRequest> read = context.read(record, WorkerRequest.class, "import/schema request");
        if (read.isEmpty()) {
            return;
        }
        WorkerRequest request = read.get();
        MDC.put("connector", context.name());
        try {
            if (request instanceof SchemaRequest s) {
                MDC.put("correlationId", s.requestId().toString());
                schema(s);
            } else if (request instanceof ImportRequest r) {
                MDC.put("correlationId", r.runId().toString());
                importRun(r);
            }
        } finally {
            MDC.clear();
        }
    }

    private void schema(SchemaRequest request) {
        SchemaResult result;
        try {
            Schema discovered = schema.refresh();
            result = new SchemaResult(Message.CURRENT_VERSION, UUID.randomUUID(), request.requestId(), context.name(),
                    discovered, null);
            context.metrics().work(context.name(), "schema", "success");
            LOG.infof("connector %s: schema discovered (%d object types)", context.name(), discovered.types().size());
        } catch (RuntimeException e) {
            BatchFailure failure = Failures.of(e);
            LOG.errorf("connector %s: Schema script failed, %s: %s", context.name(), failure.kind(), failure.message());
            context.metrics().error(context.name(), failure.kind().name());
            context.metrics().work(context.name(), "schema", failure.kind().name());
            result = new SchemaResult(Message.CURRENT_VERSION, UUID.randomUUID(), request.requestId(), context.name(),
                    null, failure);
        }
        context.publisher().result(Topics.resultKey(request.requestId()), result);
    }

    private void importRun(ImportRequest request) {
        int pageSize = request.pageSize() > 0 ? request.pageSize()
                : context.definition().pageSizes() == null ? 500 : context.definition().pageSizes().importPageSize();
        LOG.infof("connector %s: %s import %s starting (page size %d)", context.name(), request.importType(),
                request.runId(), pageSize);
        ImportSession session;
        try {
            session = open(request, pageSize);
        } catch (RuntimeException e) {
            publishFailure(request, 1, e);
            return;
        }
        int pageNumber = 0;
        int total = 0;
        try {
            while (true) {
                pageNumber++;
                io.openecma.runtime.ImportPage page = calls.run("Import", session::nextPage);
                List<ImportEntryError> entryErrors = entryErrors(page.errors());
                total += page.entries().size();
                String watermark = page.customData();
                if (!page.moreToImport()) {
                    watermark = calls.run("EndImport", () -> session.close(CloseReason.Normal));
                }
                publish(request, pageNumber, page.entries(), page.moreToImport(), watermark, null, entryErrors);
                context.metrics().entries(context.name(), "import", "success", page.entries().size());
                if (!page.moreToImport()) {
                    break;
                }
            }
            context.metrics().work(context.name(), "import", "success");
            LOG.infof("connector %s: import %s done: %d entries in %d pages", context.name(), request.runId(), total,
                    pageNumber);
        } catch (RuntimeException e) {
            publishFailure(request, pageNumber, e);
        }
    }

    /** Begin Import, retried with backoff while the target is transiently unreachable. */
    private ImportSession open(ImportRequest request, int pageSize) {
        Duration backoff = context.settings().retryBackoff();
        for (int attempt = 0; ; attempt++) {
            try {
                Schema types = schema.get();
                OpenImportRunStep step = new OpenImportRunStep(request.importType(), pageSize, request.watermark(), null);
                return calls.run("BeginImport", () -> runtime.openImportSession(step, types));
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e) || attempt >= context.settings().transientRetries()) {
                    throw e;
                }
                LOG.warnf("connector %s: Begin Import failed transiently (%s); retry %d in %s", context.name(),
                        e.getMessage(), attempt + 1, backoff);
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    /**
     * The entries the script flagged with an import error, for the page (sync-core records them
     * with the run and finds the object each names by type and anchor, else by DN), also logged
     * and counted here. The anchor is the value of the connector's anchor attribute, else of the
     * entry's only anchor attribute; null when the script set none.
     */
    private List<ImportEntryError> entryErrors(List<Ecma2Converter.ImportEntryError> errors) {
        String anchorAttribute = context.definition().anchorAttribute();
        for (Ecma2Converter.ImportEntryError error : errors) {
            LOG.warnf("connector %s: import entry %s (%s %s %s) flagged by the script: %s %s %s", context.name(),
                    error.identifier(), error.objectType(), error.anchor(anchorAttribute), error.dn(), error.code(),
                    error.errorName() == null ? "" : error.errorName(),
                    error.errorDetail() == null ? "" : error.errorDetail());
        }
        context.metrics().entries(context.name(), "import", "error", errors.size());
        return errors.stream().map(e -> new ImportEntryError(e.identifier(), e.objectType(), e.anchor(anchorAttribute),
                e.dn(), e.code().name(), e.errorName(), e.errorDetail())).toList();
    }

    private void publishFailure(ImportRequest request, int pageNumber, RuntimeException e) {
        BatchFailure failure = Failures.of(e);
        LOG.errorf("connector %s: import %s failed at page %d, %s: %s", context.name(), request.runId(), pageNumber,
                failure.kind(), failure.message());
        context.metrics().error(context.name(), failure.kind().name());
        context.metrics().work(context.name(), "import", failure.kind().name());
        publish(request, Math.max(pageNumber, 1), List.of(), false, request.watermark(), failure, List.of());
    }

    private void publish(ImportRequest request, int pageNumber, List<CSEntryChange> entries, boolean more,
                         String customData, BatchFailure failure, List<ImportEntryError> entryErrors) {
        context.publisher().result(Topics.resultKey(request.runId()), new ImportPage(Message.CURRENT_VERSION,
                UUID.randomUUID(), request.runId(), context.name(), pageNumber, entries, more, customData, failure,
                entryErrors));
    }

    @Override
    public void close() {
        calls.shutdown();
    }
}
