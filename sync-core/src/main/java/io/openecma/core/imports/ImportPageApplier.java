package io.openecma.core.imports;

import io.openecma.core.connector.ConnectorRegistry;
import io.openecma.core.connector.ConnectorState;
import io.openecma.core.connector.ConnectorStates;
import io.openecma.core.connector.LoadedConnector;
import io.openecma.core.space.Anchors;
import io.openecma.core.space.AttributeMap;
import io.openecma.core.space.AttributeShapes;
import io.openecma.core.space.CsObject;
import io.openecma.core.space.ObjectState;
import io.openecma.schemas.definition.DisableFlow;
import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.AttributeModificationType;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.ImportType;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.events.ImportEntryError;
import io.openecma.schemas.events.ImportPage;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies import pages: adds, updates and deletes what the Import script read, marks every object
 * seen by a full import, and when a full import ends, removes the objects it did not see, unless
 * that would remove more than the safety threshold (then the run stops and nothing is removed).
 * Entries that could not be imported (flagged by the script, or without an anchor) are recorded
 * with the run ({@link EntryErrors}); the objects they name count as seen.
 * Changes waiting for export are kept: the import refreshes what the target holds, and the next
 * export is computed against it. An import that sees an exported object confirms it.
 */
@ApplicationScoped
public class ImportPageApplier {

    private static final Logger LOG = Logger.getLogger(ImportPageApplier.class);

    @Inject
    ConnectorRegistry registry;
    @Inject
    ConnectorStates states;
    @Inject
    EntityManager em;
    @Inject
    MeterRegistry metrics;
    @Inject
    EntryErrors entryErrors;
    @Inject
    FirstImport firstImport;
    @Inject
    Anchors anchors;
    @ConfigProperty(name = "openecma.import.delete-threshold-percent", defaultValue = "20")
    double deleteThresholdPercent;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ImportPage page) {
        ImportRun run = ImportRun.findById(page.runId(), LockModeType.PESSIMISTIC_WRITE);
        if (run == null || !ImportRun.RUNNING.equals(run.status) || page.pageNumber() <= run.pages) {
            LOG.infof("import page %d of run %s ignored (run %s)", page.pageNumber(), page.runId(),
                    run == null ? "unknown" : run.status + ", " + run.pages + " pages applied");
            return;
        }
        LoadedConnector connector = registry.get(run.connector).orElse(null);
        if (connector == null) {
            fail(run, "connector removed during the import");
            return;
        }
        List<ImportEntryError> errors = new ArrayList<>(page.entryErrors());
        applyEntries(run, connector, page.entries(), errors);
        entryErrors.record(run, page.pageNumber(), errors);
        run.pages = page.pageNumber();
        run.lastPageAt = Instant.now();
        run.watermarkOut = page.customData();
        metrics.counter("openecma.import.objects", "connector", run.connector).increment(page.entries().size());
        if (!errors.isEmpty()) {
            metrics.counter("openecma.import.entry.errors", "connector", run.connector).increment(errors.size());
            LOG.warnf("connector %s: import %s page %d: %d entries not imported (see the run's entry errors)",
                    run.connector, run.runId, page.pageNumber(), errors.size());
        }
        if (page.failure() != null) {
            fail(run, "Import script failed: " + page.failure().message()
                    + (page.failure().scriptLocation() == null ? "" : " (" + page.failure().scriptLocation() + ")"));
        } else if (!page.moreToImport()) {
            finish(run, connector);
        }
    }

    /** Applies the entries; one without an anchor is added to {@code errors} instead. */
    private void applyEntries(ImportRun run, LoadedConnector connector, List<CSEntryChange> entries,
                              List<ImportEntryError> errors) {
        Map<String, List<CSEntryChange>> byType = entries.stream().collect(Collectors.groupingBy(
                e -> e.objectType() == null ? connector.definition().objectType() : e.objectType(),
                LinkedHashMap::new, Collectors.toList()));
        Instant now = Instant.now();
        for (Map.Entry<String, List<CSEntryChange>> group : byType.entrySet()) {
            String objectType = group.getKey();
            AttributeShapes shapes = connector.shapes(objectType);
            List<String> pageAnchors = group.getValue().stream().map(e -> anchorOf(e, connector)).filter(Objects::nonNull).toList();
            // locked: a SCIM change to one of these objects waits rather than being overwritten
            Map<String, CsObject> existing = pageAnchors.isEmpty() ? Map.of() : CsObject.<CsObject>find(
                            "connector = ?1 and objectType = ?2 and anchor in ?3", run.connector, objectType, pageAnchors)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                    .stream().collect(Collectors.toMap(o -> o.anchor, Function.identity()));
            Map<String, CsObject> seen = new LinkedHashMap<>(existing);
            Set<String> scimIdsTaken = scimIdsTaken(run.connector, objectType,
                    pageAnchors.stream().filter(a -> !existing.containsKey(a)).toList());
            for (CSEntryChange entry : group.getValue()) {
                String anchor = anchorOf(entry, connector);
                if (anchor == null) {
                    errors.add(new ImportEntryError(entry.identifier(), objectType, null, entry.dn(),
                            "ImportErrorMissingAnchorComponent", "NoAnchor", "the entry has no anchor attribute "
                            + (connector.definition().anchorAttribute() == null ? "" : "'"
                            + connector.definition().anchorAttribute() + "' ") + "value; it was not imported"));
                    continue;
                }
                applyEntry(run, connector, objectType, anchor, entry, seen, scimIdsTaken, shapes, now);
            }
        }
    }

    private void applyEntry(ImportRun run, LoadedConnector connector, String objectType, String anchor, CSEntryChange entry,
                            Map<String, CsObject> seen, Set<String> scimIdsTaken, AttributeShapes shapes, Instant now) {
        CsObject object = seen.get(anchor);
        if (entry.objectModificationType() == ObjectModificationType.Delete) {
            if (object != null) {
                removeFromTarget(object);
                seen.remove(anchor);
                run.deleted++;
            }
            return;
        }
        Map<String, Object> attributes = entry.objectModificationType() == ObjectModificationType.Update && object != null
                ? AttributeMap.withChanges(object.attributes, entry.attributeChanges(), shapes)
                : replaced(entry.attributeChanges(), shapes);
        boolean active = activeFrom(attributes, connector, object);
        if (object == null) {
            object = new CsObject();
            object.connector = run.connector;
            object.objectType = objectType;
            object.anchor = anchor;
            object.scimId = newScimId(run.connector, objectType, anchor, scimIdsTaken);
            object.dn = entry.dn();
            object.version = 1;
            object.createdAt = now;
            object.updatedAt = now;
            object.attributes = attributes;
            object.active = active;
            object.inTarget = true;
            object.provisioned = true;
            object.setState(ObjectState.settled(object.confirmed()));
            object.lastImportRun = run.runId;
            object.persist();
            seen.put(anchor, object);
            run.added++;
            return;
        }
        boolean changed = !object.inTarget || object.active != active
                || !AttributeMap.copy(object.attributes).equals(attributes);
        if (changed) {
            object.attributes = attributes;
            object.active = active;
            object.inTarget = true;
            object.provisioned = true;
            object.touch(now);
            run.updated++;
        }
        object.exportUnconfirmed = false;
        object.lastImportRun = run.runId;
        if (object.pendingChange == null && object.inFlightBatch == null && object.objectState() != ObjectState.ERROR) {
            object.setState(ObjectState.settled(object.confirmed()));
        }
    }

    /** Which of these would-be SCIM ids (the anchors of new objects) other objects hold already. */
    @SuppressWarnings("unchecked")
    private Set<String> scimIdsTaken(String connector, String objectType, List<String> newAnchors) {
        if (newAnchors.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<String>(em.createNativeQuery("SELECT scim_id FROM cs_object "
                        + "WHERE connector = ?1 AND object_type = ?2 AND scim_id IN (?3)")
                .setParameter(1, connector).setParameter(2, objectType).setParameter(3, newAnchors).getResultList());
    }

    /**
     * The SCIM id of a new object ({@link Anchors#scimIdFor}); {@code taken} holds the ids of this
     * page's new objects and those other objects hold already, asked for the page at once.
     */
    private String newScimId(String connector, String objectType, String anchor, Set<String> taken) {
        String scimId = Anchors.scimIdFor(connector, objectType, anchor, id -> taken.contains(id)
                || (!id.equals(anchor) && anchors.holderOfScimId(connector, objectType, id).isPresent()));
        if (!scimId.equals(anchor)) {
            LOG.infof("connector %s: imported %s '%s' gets the SCIM id %s (its anchor is the SCIM id of another "
                    + "object, renamed since)", connector, objectType, anchor, scimId);
        }
        taken.add(scimId);
        return scimId;
    }

    /** With the SetAttribute disable flow, the imported attribute says whether the object is active. */
    private static boolean activeFrom(Map<String, Object> attributes, LoadedConnector connector, CsObject existing) {
        var deprovisioning = connector.exportSettings().deprovisioning();
        if (deprovisioning.disableFlow() == DisableFlow.SetAttribute && deprovisioning.disableAttribute() != null) {
            Object value = AttributeMap.get(attributes, deprovisioning.disableAttribute());
            if (value != null) {
                return !value.equals(deprovisioning.disableValue());
            }
        }
        return existing == null || existing.active;
    }

    private static Map<String, Object> replaced(List<AttributeChange> changes, AttributeShapes shapes) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (AttributeChange change : changes) {
            if (change.modificationType() != AttributeModificationType.Delete) {
                AttributeMap.putValues(attributes, shapes.canonical(change.name()), change.addedValues(), shapes);
            }
        }
        return AttributeMap.copy(attributes);
    }

    private static String anchorOf(CSEntryChange entry, LoadedConnector connector) {
        String anchorAttribute = connector.definition().anchorAttribute();
        if (!entry.anchorAttributes().isEmpty()) {
            return String.valueOf((anchorAttribute == null ? entry.anchorAttributes().get(0)
                    : entry.anchor(anchorAttribute).orElse(entry.anchorAttributes().get(0))).value());
        }
        return anchorAttribute == null ? null : entry.attribute(anchorAttribute)
                .map(AttributeChange::addedValues).filter(v -> !v.isEmpty()).map(v -> String.valueOf(v.get(0)))
                .orElse(null);
    }

    private static void removeFromTarget(CsObject object) {
        if (object.pendingChange == null && object.inFlightBatch == null) {
            object.delete();
        } else {
            object.inTarget = false;
            object.touch(Instant.now());
        }
    }

    private void finish(ImportRun run, LoadedConnector connector) {
        ImportType type = ImportType.valueOf(run.importType);
        run.status = ImportRun.COMPLETED;
        if (type != ImportType.Delta) {
            sweep(run);
        }
        ConnectorState state = ConnectorState.forUpdate(run.connector);
        if (run.watermarkOut != null || type != ImportType.Delta) {
            state.watermark = run.watermarkOut;
        }
        if (type != ImportType.Delta) {
            state.lastFullImportAt = Instant.now();
        }
        run.finishedAt = Instant.now();
        states.initialImportFinished(run.connector);
        firstImport.finished(run.connector);
        LOG.infof("connector %s: %s import %s %s: %d pages, %d added, %d updated, %d deleted, %d errors", run.connector,
                type, run.runId, run.status, run.pages, run.added, run.updated, run.deleted, run.errors);
    }

    /** Removes objects the full import did not see, within the safety threshold. */
    private void sweep(ImportRun run) {
        em.flush();
        Object[] counts = (Object[]) em.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE "
                        + "last_import_run IS DISTINCT FROM ?2 AND in_flight_batch IS NULL) "
                        + "FROM cs_object WHERE connector = ?1 AND in_target")
                .setParameter(1, run.connector).setParameter(2, run.runId).getSingleResult();
        long total = ((Number) counts[0]).longValue();
        long missing = ((Number) counts[1]).longValue();
        if (missing == 0) {
            return;
        }
        long unidentified = entryErrors.unidentified(run);
        if (unidentified > 0) {
            run.status = ImportRun.STOPPED;
            run.message = String.format("%d entries flagged with an error could not be matched to connector-space "
                    + "objects (no anchor, no known DN), so any of the %d objects not seen may be one of them; "
                    + "nothing was deleted", unidentified, missing);
            LOG.warnf("connector %s: %s", run.connector, run.message);
            return;
        }
        double percent = 100.0 * missing / total;
        if (percent > deleteThresholdPercent) {
            run.status = ImportRun.STOPPED;
            run.message = String.format("the import did not see %d of %d objects (%.1f%%), more than the %.1f%% "
                    + "deletion threshold; nothing was deleted", missing, total, percent, deleteThresholdPercent);
            LOG.warnf("connector %s: %s", run.connector, run.message);
            return;
        }
        String notSeen = "connector = ?1 AND in_target AND last_import_run IS DISTINCT FROM ?2 AND in_flight_batch IS NULL";
        int deleted = em.createNativeQuery("DELETE FROM cs_object WHERE " + notSeen + " AND pending_change IS NULL")
                .setParameter(1, run.connector).setParameter(2, run.runId).executeUpdate();
        em.createNativeQuery("UPDATE cs_object SET in_target = false, version = version + 1, updated_at = now() WHERE "
                        + notSeen + " AND pending_change IS NOT NULL")
                .setParameter(1, run.connector).setParameter(2, run.runId).executeUpdate();
        run.deleted += deleted;
    }

    private void fail(ImportRun run, String message) {
        run.status = ImportRun.FAILED;
        run.message = message;
        run.finishedAt = Instant.now();
        LOG.errorf("connector %s: import %s failed: %s", run.connector, run.runId, message);
        firstImport.failed(run);
    }
}
