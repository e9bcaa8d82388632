package io.openecma.core.imports;

import io.openecma.core.space.ExportPlanner;
import io.openecma.schemas.events.ImportEntryError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;

/**
 * Entries an import run could not import (flagged by the Import script, or without an anchor),
 * kept with the run (table import_entry_error). The connector-space object such an entry names
 * was seen by the run: it is marked so, and a full import does not remove it as "not seen".
 */
@ApplicationScoped
public class EntryErrors {

    @Inject
    EntityManager em;

    public record EntryErrorInfo(int pageNumber, UUID identifier, String objectType, String anchor, String dn,
                                 String errorCode, String errorName, String errorDetail, String matchedObject) {
    }

    /** Records a page's entry errors and marks the objects they name as seen by the run. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ImportRun run, int pageNumber, List<ImportEntryError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        List<String> matched = errors.stream().map(e -> markSeen(run, e)).toList();
        int first = run.errors;
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_entry_error (run_id, "
                    + "position, page_number, identifier, object_type, anchor, dn, error_code, error_name, error_detail, "
                    + "matched_anchor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < errors.size(); i++) {
                    ImportEntryError error = errors.get(i);
                    insert.setObject(1, run.runId);
                    insert.setInt(2, first + i);
                    insert.setInt(3, pageNumber);
                    insert.setObject(4, error.identifier(), Types.OTHER);
                    insert.setString(5, error.objectType());
                    insert.setString(6, error.anchor());
                    insert.setString(7, error.dn());
                    insert.setString(8, error.errorCode());
                    insert.setString(9, error.errorName());
                    insert.setString(10, error.errorDetail());
                    insert.setString(11, matched.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        run.errors += errors.size();
    }

    /**
     * Entries of the run that name no object by anchor and matched none by DN: any object not seen
     * may be one of them, so a full import must not remove objects as "not seen".
     */
    public long unidentified(ImportRun run) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM import_entry_error WHERE run_id = ?1 "
                + "AND anchor IS NULL AND matched_anchor IS NULL").setParameter(1, run.runId).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<EntryErrorInfo> list(UUID runId, int offset, int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT page_number, identifier, object_type, anchor, dn, error_code, "
                        + "error_name, error_detail, matched_anchor FROM import_entry_error WHERE run_id = ?1 "
                        + "ORDER BY position OFFSET ?2 LIMIT ?3")
                .setParameter(1, runId).setParameter(2, offset).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new EntryErrorInfo(((Number) r[0]).intValue(), (UUID) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8])).toList();
    }

    /** Marks the object the entry names as seen by the run; returns it as {@code type/anchor}, or null. */
    private String markSeen(ImportRun run, ImportEntryError error) {
        String ofType = error.objectType() == null ? "" : " AND object_type = ?4";
        if (error.anchor() != null) {
            return mark(run, "anchor = ?3" + ofType, error.anchor(), error.objectType());
        }
        if (error.dn() == null) {
            return null;
        }
        String byDn = mark(run, "dn = ?3" + ofType, error.dn(), error.objectType());
        Matcher generated = ExportPlanner.DEFAULT_DN.matcher(error.dn());
        if (byDn != null || !generated.matches()) {
            return byDn;
        }
        return mark(run, "dn IS NULL AND anchor = ?3 AND upper(object_type) = upper(?4)", generated.group(1),
                generated.group(2));
    }

    @SuppressWarnings("unchecked")
    private String mark(ImportRun run, String where, String value, String objectType) {
        var update = em.createNativeQuery("UPDATE cs_object SET last_import_run = ?1 WHERE connector = ?2 AND " + where
                        + " RETURNING object_type || '/' || anchor")
                .setParameter(1, run.runId).setParameter(2, run.connector).setParameter(3, value);
        if (where.contains("?4")) {
            update.setParameter(4, objectType);
        }
        List<String> marked = update.getResultList();
        return marked.isEmpty() ? null : String.join(", ", marked);
    }
}
