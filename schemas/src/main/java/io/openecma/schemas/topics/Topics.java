package io.openecma.schemas.topics;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Every Kafka topic, its record key and default partition count, in one place (table in the
 * module README). Keys keep what must stay ordered in one partition: all changes to one object
 * (connector/anchor), all messages of one import run or export batch, one connector's snapshots.
 */
public final class Topics {

    /** SCIM change events, ingress to sync-core. Key {@link #changeKey(String, String)}. */
    public static final String SCIM_CHANGES = "openecma.scim-changes";
    /** Export results, schema and password results, workers to sync-core. Key {@link #resultKey(UUID)}. */
    public static final String RESULTS = "openecma.results";
    /**
     * Import pages, workers to sync-core. Key {@link #resultKey(UUID)} of the run. A lane of their
     * own: a page of thousands of rows takes seconds to apply, and export results (which SCIM
     * requests wait for) must not queue behind it.
     */
    public static final String IMPORT_PAGES = "openecma.import-pages";
    /** Answers to waiting SCIM requests, sync-core to ingress. Key {@link #outcomeKey(UUID)}. */
    public static final String OUTCOMES = "openecma.outcomes";
    /** Connector snapshots, compacted. Key: the connector name. */
    public static final String CONNECTORS = "openecma.connectors";
    /** Messages that kept failing. Key: the original key. */
    public static final String DEAD_LETTERS = "openecma.dead-letters";

    public static final String EXPORTS_PREFIX = "openecma.exports.";
    public static final String IMPORTS_PREFIX = "openecma.imports.";
    public static final String PASSWORDS_PREFIX = "openecma.passwords.";

    public static final int SCIM_CHANGES_PARTITIONS = 12;
    public static final int RESULTS_PARTITIONS = 6;
    public static final int IMPORT_PAGES_PARTITIONS = 6;
    public static final int OUTCOMES_PARTITIONS = 6;
    public static final int CONNECTORS_PARTITIONS = 1;
    public static final int DEAD_LETTERS_PARTITIONS = 1;
    /** Per connector: the most workers that can export for one connector at once. */
    public static final int EXPORTS_PARTITIONS = 6;
    /** Per connector: imports run one at a time anyway. */
    public static final int IMPORTS_PARTITIONS = 1;
    public static final int PASSWORDS_PARTITIONS = 3;

    private Topics() {
    }

    /** Export batches for one connector, sync-core to script-worker. Key: the anchor (of the batch's first object). */
    public static String exports(String connector) {
        return EXPORTS_PREFIX + requireName(connector);
    }

    /** Import and schema requests for one connector, sync-core to script-worker. Key {@link #resultKey(UUID)} of the run. */
    public static String imports(String connector) {
        return IMPORTS_PREFIX + requireName(connector);
    }

    /** Password requests for one connector, to the password-worker. Key: the anchor. */
    public static String passwords(String connector) {
        return PASSWORDS_PREFIX + requireName(connector);
    }

    /** Key of a SCIM change: {@code connector/anchor}, so one object's changes stay in order. */
    public static String changeKey(String connector, String anchor) {
        return requireName(connector) + "/" + Objects.requireNonNull(anchor, "anchor");
    }

    /** Key of an import request, schema request and every result: the run, batch or request id. */
    public static String resultKey(UUID runOrBatchOrRequestId) {
        return runOrBatchOrRequestId.toString();
    }

    /** Key of an outcome: the correlation id of the waiting SCIM request. */
    public static String outcomeKey(UUID correlationId) {
        return correlationId.toString();
    }

    /** The topics every installation has. */
    public static List<TopicSpec> shared() {
        return List.of(
                new TopicSpec(SCIM_CHANGES, SCIM_CHANGES_PARTITIONS, false),
                new TopicSpec(RESULTS, RESULTS_PARTITIONS, false),
                new TopicSpec(IMPORT_PAGES, IMPORT_PAGES_PARTITIONS, false),
                new TopicSpec(OUTCOMES, OUTCOMES_PARTITIONS, false),
                new TopicSpec(CONNECTORS, CONNECTORS_PARTITIONS, true),
                new TopicSpec(DEAD_LETTERS, DEAD_LETTERS_PARTITIONS, false));
    }

    /** The topics one connector needs. */
    public static List<TopicSpec> forConnector(String connector) {
        return List.of(
                new TopicSpec(exports(connector), EXPORTS_PARTITIONS, false),
                new TopicSpec(imports(connector), IMPORTS_PARTITIONS, false),
                new TopicSpec(passwords(connector), PASSWORDS_PARTITIONS, false));
    }

    private static String requireName(String connector) {
        Objects.requireNonNull(connector, "connector");
        if (!connector.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("connector names use only A-Z, a-z, 0-9, _ and -: '" + connector + "'");
        }
        return connector;
    }
}
