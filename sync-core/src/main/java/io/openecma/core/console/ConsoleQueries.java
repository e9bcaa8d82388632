package io.openecma.core.console;

import io.openecma.core.admin.AdminResource;
import io.openecma.core.admin.ObjectAdministration.ObjectInfo;
import io.openecma.core.connector.ConnectorRegistry;
import io.openecma.core.connector.ConnectorState;
import io.openecma.core.console.Views.BatchRow;
import io.openecma.core.console.Views.ConnectorRow;
import io.openecma.core.console.Views.DeadLetterRow;
import io.openecma.core.console.Views.EntryErrorRow;
import io.openecma.core.console.Views.ObjectDetail;
import io.openecma.core.console.Views.ObjectRow;
import io.openecma.core.console.Views.RunRow;
import io.openecma.core.console.Views.ValueRow;
import io.openecma.core.imports.EntryErrors;
import io.openecma.core.messaging.DeadLetterRecord;
import io.openecma.core.space.CsObject;
import io.openecma.core.space.DesiredState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Reads for the console pages: the admin API's answers turned into rows, plus the few searches it lacks. */
@ApplicationScoped
public class ConsoleQueries {

    private static final Set<String> PENDING = Set.of("pending_add", "pending_update", "pending_delete");

    @Inject
    AdminResource admin;
    @Inject
    ConnectorRegistry registry;
    @Inject
    WorkerDirectory workers;
    @Inject
    EntityManager em;

    public List<ConnectorRow> connectors() {
        List<ConnectorRow> rows = new ArrayList<>();
        for (AdminResource.ConnectorInfo c : admin.connectors()) {
            if (ConnectorState.REMOVED.equals(c.status())) {
                continue;
            }
            Map<String, Long> byState = c.objectsByState();
            long pending = byState.entrySet().stream().filter(e -> PENDING.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
            long deadLetters = DeadLetterRecord.count("connector = ?1 and resolvedAt is null", c.name());
            List<String> serving = c.loaded() ? workers.workers(c.name()) : List.of();
            rows.add(new ConnectorRow(c.name(), state(c), stateClass(c), c.statusDetail(), c.loaded(),
                    registry.get(c.name()).map(l -> l.deltaImportEnabled()).orElse(false),
                    c.lastImport() == null ? null : run(c.lastImport()),
                    byState.values().stream().mapToLong(Long::longValue).sum(), pending,
                    byState.getOrDefault("error", 0L), deadLetters,
                    serving == null ? "unknown (Kafka did not answer)" : serving.isEmpty() ? "none" : String.join(", ", serving),
                    c.lastError()));
        }
        return rows;
    }

    /** "first import" until the first full import completed, "failing" when its latest run failed, else "ready". */
    private static String state(AdminResource.ConnectorInfo c) {
        if (ConnectorState.INVALID.equals(c.status())) {
            return "invalid";
        }
        if (!c.initialImportDone()) {
            return "first import";
        }
        if (c.lastImport() != null && "failed".equals(c.lastImport().status())) {
            return "failing";
        }
        return "ready";
    }

    private static String stateClass(AdminResource.ConnectorInfo c) {
        return switch (state(c)) {
            case "ready" -> "ok";
            case "first import" -> "busy";
            default -> "bad";
        };
    }

    public List<RunRow> runs(String connector, int limit) {
        return admin.runs(connector, limit).stream().map(ConsoleQueries::run).toList();
    }

    public RunRow run(String connector, String runId) {
        return admin.runs(connector, 1000).stream().filter(r -> r.runId().equals(runId)).findFirst()
                .map(ConsoleQueries::run).orElse(null);
    }

    public List<EntryErrorRow> entryErrors(String connector, java.util.UUID runId, int offset, int limit) {
        return admin.entryErrors(connector, runId, offset, limit).stream().map(e -> new EntryErrorRow(e.pageNumber(),
                e.objectType(), e.anchor(), e.dn(), e.errorCode(), e.errorName(), e.errorDetail(), e.matchedObject())).toList();
    }

    static RunRow run(AdminResource.RunInfo r) {
        return new RunRow(r.runId(), r.importType(), r.status(), r.trigger(), r.pages(), r.added(), r.updated(), r.deleted(),
                r.errors(), r.message(), Views.time(r.startedAt()), Views.time(r.finishedAt()), Views.duration(r.durationMillis()));
    }

    /** Objects whose anchor starts with the text, whose SCIM id is it, or with an attribute of that value (case-insensitive). */
    @SuppressWarnings("unchecked")
    public List<ObjectRow> search(String connector, String by, String query, String attribute, int offset, int limit) {
        String condition = switch (by) {
            case "scimId" -> "scim_id = :q";
            case "value" -> attribute == null || attribute.isBlank()
                    ? "EXISTS (SELECT 1 FROM jsonb_each(attributes) a WHERE lower(a.value #>> '{}') = lower(:q)"
                      + " OR (jsonb_typeof(a.value) = 'array' AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(a.value) v WHERE lower(v) = lower(:q))))"
                    : "lower(attributes ->> :attribute) = lower(:q)";
            case "state" -> "state = :q";
            default -> "anchor LIKE :q ESCAPE '\\'";
        };
        String value = "anchor".equals(by) || !List.of("scimId", "value", "state").contains(by)
                ? query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" : query;
        var q = em.createNativeQuery("SELECT * FROM cs_object WHERE connector = :connector AND " + condition
                + " ORDER BY object_type, anchor OFFSET :offset LIMIT :limit", CsObject.class)
                .setParameter("connector", connector).setParameter("q", value)
                .setParameter("offset", offset).setParameter("limit", limit);
        if (condition.contains(":attribute")) {
            q.setParameter("attribute", attribute);
        }
        return ((List<CsObject>) q.getResultList()).stream().map(o -> row(connector, o.objectType, o.anchor, o.scimId, o.dn,
                o.state, o.active, o.updatedAt, o.lastError)).toList();
    }

    public ObjectDetail object(String connector, String objectType, String anchor) {
        ObjectInfo o = admin.object(connector, objectType, anchor);
        DesiredState pending = o.pendingChange();
        return new ObjectDetail(row(connector, o.objectType(), o.anchor(), o.scimId(), o.dn(), o.state(), o.active(),
                o.updatedAt(), o.lastError()), "error".equals(o.state()), o.inTarget(), o.version(), o.exportAttempts(),
                o.inFlightBatch(), values(o.attributes()), pending == null ? List.of() : values(pending.attributes()),
                pending == null ? null : pending.deleted() ? "delete" : pending.active() ? "active" : "inactive (disable)",
                exports(connector, anchor));
    }

    /** The latest export batches that carried the object (by anchor), newest first. */
    @SuppressWarnings("unchecked")
    private List<BatchRow> exports(String connector, String anchor) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT batch_id, attempt, status, item_count, succeeded, failed, failure, created_at, completed_at
                FROM export_batch WHERE connector = ?1 AND payload -> 'items' @> cast(?2 as jsonb)
                ORDER BY created_at DESC LIMIT 10""")
                .setParameter(1, connector)
                .setParameter(2, "[{\"anchor\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(anchor) + "}]")
                .getResultList();
        return rows.stream().map(r -> new BatchRow(r[0].toString(), ((Number) r[1]).intValue(), (String) r[2],
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), (String) r[6],
                Views.time(instant(r[7])), Views.time(instant(r[8])))).toList();
    }

    public List<DeadLetterRow> deadLetters(boolean all) {
        return admin.deadLetters(200, all, null).stream().map(d -> new DeadLetterRow(d.messageId.toString(), d.connector,
                d.originalTopic, d.key, PayloadRedactor.redact(d.reason, d.payload), PayloadRedactor.redact(d.payload),
                Views.time(d.failedAt), Views.time(d.resolvedAt))).toList();
    }

    private static ObjectRow row(String connector, String objectType, String anchor, String scimId, String dn, String state,
                                 boolean active, java.time.Instant updatedAt, String lastError) {
        return new ObjectRow(connector, objectType, anchor, scimId, dn, state, active, Views.time(updatedAt), lastError,
                "/console/connectors/" + enc(connector) + "/objects/" + enc(objectType) + "/" + enc(anchor));
    }

    /** Attribute values as text; a value under a password-like name is never shown. */
    private static List<ValueRow> values(Map<String, Object> attributes) {
        if (attributes == null) {
            return List.of();
        }
        return attributes.entrySet().stream().map(e -> new ValueRow(e.getKey(),
                PayloadRedactor.sensitive(e.getKey()) ? PayloadRedactor.HIDDEN : Objects.toString(e.getValue(), ""))).toList();
    }

    private static java.time.Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.time.Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return java.time.Instant.parse(value.toString());
    }

    static String enc(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
