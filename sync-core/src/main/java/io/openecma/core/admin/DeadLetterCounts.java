package io.openecma.core.admin;

import io.openecma.core.messaging.DeadLetterRecord;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

import java.util.List;

/** The dead-letter queries of the admin API: which letters, and how many per connector and topic. */
final class DeadLetterCounts {

    /** {@code connector} is null for a letter whose connector is not known (an unreadable message). */
    record Group(String connector, String originalTopic, long count) {
    }

    record Counts(long total, List<Group> groups) {
    }

    private DeadLetterCounts() {
    }

    static PanacheQuery<DeadLetterRecord> query(boolean all, String connector) {
        return DeadLetterRecord.find(where(all, connector) + " order by failedAt desc", parameters(connector));
    }

    static Counts count(boolean all, String connector) {
        List<Object[]> rows = DeadLetterRecord.getEntityManager()
                .createQuery("select connector, originalTopic, count(*) from DeadLetterRecord where "
                        + where(all, connector).substring("where ".length())
                        + " group by connector, originalTopic order by connector, originalTopic", Object[].class)
                .setParameter("any", connector == null)
                .setParameter("connector", connector == null ? "" : connector)
                .getResultList();
        List<Group> groups = rows.stream().map(r -> new Group((String) r[0], (String) r[1], (Long) r[2])).toList();
        return new Counts(groups.stream().mapToLong(Group::count).sum(), groups);
    }

    private static String where(boolean all, String connector) {
        return "where (:any = true or connector = :connector)" + (all ? "" : " and resolvedAt is null");
    }

    private static Parameters parameters(String connector) {
        return Parameters.with("any", connector == null).and("connector", connector == null ? "" : connector);
    }
}
