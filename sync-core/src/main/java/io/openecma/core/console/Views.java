package io.openecma.core.console;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What the console's templates show: plain values, formatted here so the templates stay simple. */
public final class Views {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Views() {
    }

    public record ConnectorRow(String name, String state, String stateClass, String statusDetail, boolean loaded,
                               boolean deltaEnabled, RunRow lastImport, long objects, long pendingExports,
                               long errors, long deadLetters, String workers, String lastError) {
    }

    public record RunRow(String runId, String type, String status, String trigger, int pages, int added, int updated,
                         int deleted, int errors, String message, String startedAt, String finishedAt,
                         String duration) {
    }

    public record EntryErrorRow(int page, String objectType, String anchor, String dn, String errorCode,
                                String errorName, String errorDetail, String matchedObject) {
    }

    public record ObjectRow(String connector, String objectType, String anchor, String scimId, String dn, String state,
                            boolean active, String updatedAt, String lastError, String link) {
    }

    public record ValueRow(String name, String value) {
    }

    public record ObjectDetail(ObjectRow object, boolean inError, boolean inTarget, long version, int exportAttempts,
                               String inFlightBatch, List<ValueRow> attributes, List<ValueRow> pendingChange,
                               String pendingNote, List<BatchRow> exports) {
    }

    public record BatchRow(String batchId, int attempt, String status, int items, int succeeded, int failed,
                           String failure, String createdAt, String completedAt) {
    }

    public record DeadLetterRow(String messageId, String connector, String topic, String key, String reason,
                                String payload, String failedAt, String resolvedAt) {
    }

    /** One page of a longer list: {@code first} and {@code last} count from 1 for the reader. */
    public record Page(int offset, int limit, int shown, int first, int last, boolean hasPrevious, boolean hasNext,
                       int previousOffset, int nextOffset) {
        static Page of(int offset, int limit, int shown) {
            return new Page(offset, limit, shown, offset + 1, offset + shown, offset > 0, shown == limit,
                    Math.max(0, offset - limit), offset + limit);
        }
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public static String duration(Long millis) {
        if (millis == null) {
            return "";
        }
        Duration d = Duration.ofMillis(millis);
        if (d.toMinutes() > 0) {
            return d.toMinutes() + " min " + d.toSecondsPart() + " s";
        }
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
