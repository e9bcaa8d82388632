package io.openecma.core.admin;

import io.openecma.core.connector.ConnectorRegistry;
import io.openecma.core.connector.ConnectorState;
import io.openecma.core.connector.SchemaService;
import io.openecma.core.export.ExportBatchRecord;
import io.openecma.core.imports.EntryErrors;
import io.openecma.core.imports.ImportRun;
import io.openecma.core.imports.ImportService;
import io.openecma.core.messaging.DeadLetterRecord;
import io.openecma.core.space.CsObject;
import io.openecma.schemas.ecma.ImportType;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The administrator's view and levers (bearer token: {@link AdminTokenFilter}). */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    ConnectorRegistry registry;
    @Inject
    ImportService imports;
    @Inject
    SchemaService schemas;
    @Inject
    ObjectAdministration objects;
    @Inject
    EntryErrors entryErrors;

    /** The runs list shows at most this many entry errors per run; the run's own list has them all. */
    static final int ENTRY_ERRORS_IN_LIST = 100;

    /**
     * {@code statusDetail} says why a connector does not serve SCIM yet (its first full import
     * running, or how it failed and when it is tried again); {@code lastImport} is its latest run.
     */
    public record ConnectorInfo(String name, String status, String statusDetail, boolean loaded,
                                boolean initialImportDone, Instant lastFullImportAt, boolean schemaKnown,
                                String lastError, RunInfo lastImport, Map<String, Long> objectsByState) {
    }

    /** {@code errors} counts the entries not imported; {@code entryErrors} lists the first of them. */
    public record RunInfo(String runId, String importType, String status, String trigger, int pages, int added,
                          int updated, int deleted, int errors, String message, Instant startedAt,
                          Instant lastPageAt, Instant finishedAt, Long durationMillis,
                          List<EntryErrors.EntryErrorInfo> entryErrors) {
    }

    public record BatchInfo(String batchId, int attempt, String status, int items, int succeeded, int failed,
                            String failure, Instant createdAt, Instant completedAt) {
    }

    @GET
    @Path("/connectors")
    public List<ConnectorInfo> connectors() {
        return ConnectorState.<ConnectorState>listAll().stream().map(s -> new ConnectorInfo(s.connector, s.status,
                s.statusDetail, registry.get(s.connector).isPresent(), s.initialImportDone,
                s.lastFullImportAt, s.schema != null, s.lastError,
                ImportRun.<ImportRun>find("connector = ?1 order by startedAt desc", s.connector).firstResultOptional()
                        .map(this::info).orElse(null),
                objects.countByState(s.connector))).toList();
    }

    @POST
    @Path("/connectors/{connector}/imports")
    public Response startImport(@PathParam("connector") String connector, @QueryParam("type") @DefaultValue("full") String type) {
        requireLoaded(connector);
        ImportType importType = "delta".equalsIgnoreCase(type) ? ImportType.Delta : ImportType.Full;
        try {
            return imports.start(connector, importType, "admin")
                    .map(run -> Response.accepted(Map.of("runId", run.runId.toString())).build())
                    .orElseGet(() -> Response.status(Response.Status.CONFLICT)
                            .entity(Map.of("error", "an import of " + connector + " is already running")).build());
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", e.getMessage())).build();
        }
    }

    @POST
    @Path("/connectors/{connector}/schema")
    public Response refreshSchema(@PathParam("connector") String connector) {
        requireLoaded(connector);
        return Response.accepted(Map.of("requestId", schemas.request(connector).toString())).build();
    }

    @GET
    @Path("/connectors/{connector}/runs")
    public List<RunInfo> runs(@PathParam("connector") String connector, @QueryParam("limit") @DefaultValue("50") int limit) {
        return ImportRun.<ImportRun>find("connector = ?1 order by startedAt desc", connector).page(0, limit).list()
                .stream().map(this::info).toList();
    }

    @GET
    @Path("/connectors/{connector}/runs/{runId}/entry-errors")
    public List<EntryErrors.EntryErrorInfo> entryErrors(@PathParam("connector") String connector,
                                                        @PathParam("runId") UUID runId,
                                                        @QueryParam("offset") @DefaultValue("0") int offset,
                                                        @QueryParam("limit") @DefaultValue("1000") int limit) {
        ImportRun run = ImportRun.findById(runId);
        if (run == null || !run.connector.equals(connector)) {
            throw new NotFoundException("no import run " + runId + " of connector " + connector);
        }
        return entryErrors.list(runId, Math.max(0, offset), Math.min(Math.max(0, limit), 10_000));
    }

    private RunInfo info(ImportRun r) {
        return new RunInfo(r.runId.toString(), r.importType, r.status, r.trigger, r.pages, r.added, r.updated,
                r.deleted, r.errors, r.message, r.startedAt, r.lastPageAt, r.finishedAt,
                r.finishedAt == null ? null : Duration.between(r.startedAt, r.finishedAt).toMillis(),
                r.errors == 0 ? List.of() : entryErrors.list(r.runId, 0, ENTRY_ERRORS_IN_LIST));
    }

    @GET
    @Path("/connectors/{connector}/export-batches")
    public List<BatchInfo> batches(@PathParam("connector") String connector, @QueryParam("limit") @DefaultValue("50") int limit) {
        return ExportBatchRecord.<ExportBatchRecord>find("connector = ?1 order by createdAt desc", connector)
                .page(0, limit).list().stream().map(b -> new BatchInfo(b.batchId.toString(), b.attempt, b.status,
                        b.itemCount, b.succeeded, b.failed, b.failure, b.createdAt, b.completedAt)).toList();
    }

    @GET
    @Path("/connectors/{connector}/objects")
    public List<ObjectAdministration.ObjectInfo> search(@PathParam("connector") String connector,
                                                        @QueryParam("state") String state,
                                                        @QueryParam("attribute") String attribute,
                                                        @QueryParam("value") String value,
                                                        @QueryParam("anchorPrefix") String anchorPrefix,
                                                        @QueryParam("offset") @DefaultValue("0") int offset,
                                                        @QueryParam("limit") @DefaultValue("100") int limit) {
        return objects.search(connector, state, attribute, value, anchorPrefix, offset, Math.min(limit, 1000));
    }

    @GET
    @Path("/connectors/{connector}/objects/{objectType}/{anchor}")
    public ObjectAdministration.ObjectInfo object(@PathParam("connector") String connector,
                                                  @PathParam("objectType") String objectType,
                                                  @PathParam("anchor") String anchor) {
        CsObject object = CsObject.<CsObject>find("connector = ?1 and objectType = ?2 and anchor = ?3",
                connector, objectType, anchor).firstResultOptional().orElseThrow(NotFoundException::new);
        return ObjectAdministration.ObjectInfo.of(object);
    }

    @POST
    @Path("/connectors/{connector}/objects/{objectType}/{anchor}/retry")
    public ObjectAdministration.ObjectInfo retry(@PathParam("connector") String connector,
                                                 @PathParam("objectType") String objectType,
                                                 @PathParam("anchor") String anchor) {
        return objects.retry(requireLoaded(connector), objectType, anchor);
    }

    @POST
    @Path("/connectors/{connector}/objects/{objectType}/{anchor}/discard")
    public ObjectAdministration.ObjectInfo discard(@PathParam("connector") String connector,
                                                   @PathParam("objectType") String objectType,
                                                   @PathParam("anchor") String anchor) {
        return objects.discard(requireLoaded(connector), objectType, anchor);
    }

    /**
     * Dead letters, newest first: those still waiting for an administrator, or with {@code all=true}
     * the resolved ones too; sync-core's own and the workers' (read back from openecma.dead-letters),
     * each with its connector (when known), original topic and reason. {@code connector} narrows the
     * list to one connector.
     */
    @GET
    @Path("/dead-letters")
    public List<DeadLetterRecord> deadLetters(@QueryParam("limit") @DefaultValue("100") int limit,
                                              @QueryParam("all") @DefaultValue("false") boolean all,
                                              @QueryParam("connector") String connector) {
        return DeadLetterCounts.query(all, connector).page(0, limit).list();
    }

    /** How many dead letters there are (unresolved, or with {@code all=true} all), in total and per connector and topic. */
    @GET
    @Path("/dead-letters/count")
    public DeadLetterCounts.Counts countDeadLetters(@QueryParam("all") @DefaultValue("false") boolean all,
                                                   @QueryParam("connector") String connector) {
        return DeadLetterCounts.count(all, connector);
    }

    /**
     * Marks a dead letter handled: it leaves the default list and is forgotten with the history
     * (openecma.history.retention). Resolving twice keeps the first time.
     */
    @POST
    @Path("/dead-letters/{messageId}/resolve")
    @Transactional
    public DeadLetterRecord resolveDeadLetter(@PathParam("messageId") UUID messageId) {
        DeadLetterRecord letter = DeadLetterRecord.findById(messageId);
        if (letter == null) {
            throw new NotFoundException("no dead letter " + messageId);
        }
        if (letter.resolvedAt == null) {
            letter.resolvedAt = Instant.now();
        }
        return letter;
    }

    private io.openecma.core.connector.LoadedConnector requireLoaded(String connector) {
        return registry.get(connector).orElseThrow(() -> new NotFoundException("unknown connector " + connector));
    }
}
