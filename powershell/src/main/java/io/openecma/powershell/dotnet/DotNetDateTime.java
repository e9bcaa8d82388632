package io.openecma.powershell.dotnet;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A .NET {@code System.DateTime}: a wall-clock value with 100 ns resolution and a {@link Kind}.
 * Local values are interpreted in a zone the caller passes (the host's zone), as .NET does with
 * the machine's zone.
 */
public record DotNetDateTime(LocalDateTime value, Kind kind) {

    /** {@code System.DateTimeKind}. */
    public enum Kind { UNSPECIFIED, UTC, LOCAL }

    private static final long TICKS_PER_SECOND = 10_000_000L;
    private static final long EPOCH_SECONDS_OFFSET = 62_135_596_800L; // 0001-01-01 to 1970-01-01

    public DotNetDateTime {
        value = value.withNano(value.getNano() / 100 * 100);
    }

    public static DotNetDateTime now(ZoneId localZone) {
        return new DotNetDateTime(LocalDateTime.now(localZone), Kind.LOCAL);
    }

    public static DotNetDateTime utcNow() {
        return new DotNetDateTime(LocalDateTime.now(ZoneOffset.UTC), Kind.UTC);
    }

    /** {@code new DateTime(ticks, kind)}. */
    public static DotNetDateTime ofTicks(long ticks, Kind kind) {
        long seconds = Math.floorDiv(ticks, TICKS_PER_SECOND) - EPOCH_SECONDS_OFFSET;
        int nanos = (int) Math.floorMod(ticks, TICKS_PER_SECOND) * 100;
        return new DotNetDateTime(LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC), kind);
    }

    /** {@code DateTime.Ticks}: 100 ns intervals since 0001-01-01 00:00. */
    public long ticks() {
        long seconds = value.toEpochSecond(ZoneOffset.UTC) + EPOCH_SECONDS_OFFSET;
        return seconds * TICKS_PER_SECOND + value.getNano() / 100;
    }

    /** The instant this value denotes; Unspecified counts as local, as {@code ToUniversalTime()} does. */
    public Instant toInstant(ZoneId localZone) {
        return kind == Kind.UTC ? value.toInstant(ZoneOffset.UTC) : value.atZone(localZone).toInstant();
    }

    public DotNetDateTime toUniversalTime(ZoneId localZone) {
        if (kind == Kind.UTC) {
            return this;
        }
        return new DotNetDateTime(LocalDateTime.ofInstant(toInstant(localZone), ZoneOffset.UTC), Kind.UTC);
    }

    /** {@code ToLocalTime()}: Unspecified counts as UTC, as in .NET. */
    public DotNetDateTime toLocalTime(ZoneId localZone) {
        if (kind == Kind.LOCAL) {
            return this;
        }
        return new DotNetDateTime(LocalDateTime.ofInstant(value.toInstant(ZoneOffset.UTC), localZone), Kind.LOCAL);
    }

    /** The UTC offset .NET shows for this value with "zzz"/"K" when it is local. */
    public ZoneOffset localOffset(ZoneId localZone) {
        return localZone.getRules().getOffset(value);
    }
}
