package io.openecma.core.testing;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.ArrayList;
import java.util.List;

/**
 * Records every SQL statement sync-core prepares through Hibernate (queries, native SQL, entity
 * writes; a JDBC batch counts once), with the thread that prepared it: how many statements a
 * write costs ({@code StatementsPerWriteTest}). Installed in the test profile only.
 */
public class StatementLog implements StatementInspector {

    public record Entry(String thread, String sql) {
    }

    private static final List<Entry> ENTRIES = new ArrayList<>();

    @Override
    public String inspect(String sql) {
        synchronized (ENTRIES) {
            ENTRIES.add(new Entry(Thread.currentThread().getName(), sql));
        }
        return sql;
    }

    public static void clear() {
        synchronized (ENTRIES) {
            ENTRIES.clear();
        }
    }

    public static List<Entry> entries() {
        synchronized (ENTRIES) {
            return List.copyOf(ENTRIES);
        }
    }
}
