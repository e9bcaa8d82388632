package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.DateTimeFormat;
import io.openecma.powershell.dotnet.DotNetCulture;
import io.openecma.powershell.dotnet.DotNetDateTime;
import io.openecma.powershell.dotnet.DotNetFormatException;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Get-Date, Start-Sleep and Get-Random. */
final class UtilityCmdlets {
    private UtilityCmdlets() {
    }

    static List<CmdletDefinition> definitions() {
        return List.of(
                CmdletDefinition.of("Get-Date", GetDate::new,
                        ParameterSpec.positional("Date", "datetime", 0).fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME)
                                .withAliases("LastWriteTime"),
                        ParameterSpec.named("Year", "int"), ParameterSpec.named("Month", "int"),
                        ParameterSpec.named("Day", "int"), ParameterSpec.named("Hour", "int"),
                        ParameterSpec.named("Minute", "int"), ParameterSpec.named("Second", "int"),
                        ParameterSpec.named("Millisecond", "int"),
                        ParameterSpec.named("DisplayHint", "string"),
                        ParameterSpec.named("Format", "string"),
                        ParameterSpec.named("UFormat", "string")),
                // 5.1's New-Guid has no parameters (-Empty and -InputObject are 7.x): Guid.NewGuid(), a v4 UUID
                CmdletDefinition.of("New-Guid", NewGuid::new),
                CmdletDefinition.of("Start-Sleep", StartSleep::new,
                        ParameterSpec.positional("Seconds", "int", 0).fromPipeline(PipelineInput.BY_VALUE),
                        ParameterSpec.named("Milliseconds", "int").withAliases("ms")).withAliases("sleep"),
                CmdletDefinition.of("Get-Random", GetRandom::new,
                        ParameterSpec.positional("Maximum", "object", 0),
                        ParameterSpec.named("Minimum", "object"),
                        ParameterSpec.named("InputObject", "object[]").fromPipeline(PipelineInput.BY_VALUE),
                        ParameterSpec.named("Count", "int"),
                        ParameterSpec.named("SetSeed", "int")));
    }

    /** New-Guid (NewGuidCommand.cs): one Guid.NewGuid() in EndProcessing, whatever the input. */
    static final class NewGuid implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
        }

        @Override
        public void end(CommandContext ctx) {
            ctx.writeObject(java.util.UUID.randomUUID());
        }
    }

    /** Get-Date: a Local DateTime, or text with -Format (current culture) / -UFormat. */
    static final class GetDate implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            ZoneId zone = CmdletArguments.localZone();
            DotNetDateTime given = CmdletArguments.dateTime(ctx, "Date", zone);
            DotNetDateTime dt = given == null ? DotNetDateTime.now(zone) : given;
            LocalDateTime v = dt.value();
            try {
                v = with(ctx, "Year", v, (t, n) -> t.withYear(n));
                v = with(ctx, "Month", v, (t, n) -> t.withMonth(n));
                v = with(ctx, "Day", v, (t, n) -> t.withDayOfMonth(n));
                v = with(ctx, "Hour", v, (t, n) -> t.withHour(n));
                v = with(ctx, "Minute", v, (t, n) -> t.withMinute(n));
                v = with(ctx, "Second", v, (t, n) -> t.withSecond(n));
                v = with(ctx, "Millisecond", v, (t, n) -> t.withNano(n * 1_000_000));
            } catch (java.time.DateTimeException e) {
                throw ctx.terminatingError("System.ArgumentOutOfRangeException",
                        "Year, Month, and Day parameters describe an un-representable DateTime.",
                        "GetDateArgumentOutOfRange,Microsoft.PowerShell.Commands.GetDateCommand", "InvalidArgument");
            }
            dt = new DotNetDateTime(v, given == null ? DotNetDateTime.Kind.LOCAL : dt.kind());
            String format = CmdletArguments.string(ctx, "Format");
            String uformat = CmdletArguments.string(ctx, "UFormat");
            if (uformat != null) {
                try {
                    ctx.writeObject(UFormat.format(dt, uformat));
                } catch (DotNetFormatException e) { // 5.1 passes literal text through String.Format
                    throw ctx.terminatingError("System.FormatException", e.getMessage(),
                            "System.FormatException,Microsoft.PowerShell.Commands.GetDateCommand", "NotSpecified");
                }
            } else if (format != null) {
                ctx.writeObject(format(ctx, dt, format, zone));
            } else if (ctx.isBound("DisplayHint")) {
                ctx.writeObject(io.openecma.powershell.cmdlets.format.DateTimeDisplay.withHint(ctx, dt, ctx.parameter("DisplayHint")));
            } else {
                ctx.writeObject(dt);
            }
        }

        private interface Setter {
            LocalDateTime apply(LocalDateTime t, int n);
        }

        private static LocalDateTime with(CommandContext ctx, String name, LocalDateTime v, Setter setter) {
            Integer n = CmdletArguments.integer(ctx, name);
            return n == null ? v : setter.apply(v, n);
        }

        private static String format(CommandContext ctx, DotNetDateTime dt, String format, ZoneId zone) {
            DotNetDateTime utc = dt.toUniversalTime(zone);
            try {
                return switch (format.toLowerCase()) {
                    case "filedate" -> DateTimeFormat.format(dt, "yyyyMMdd", DotNetCulture.EN_US, zone);
                    case "filedateuniversal" -> DateTimeFormat.format(utc, "yyyyMMdd'Z'", DotNetCulture.EN_US, zone);
                    case "filedatetime" -> DateTimeFormat.format(dt, "yyyyMMdd'T'HHmmssffff", DotNetCulture.EN_US,
                            zone);
                    case "filedatetimeuniversal" -> DateTimeFormat.format(utc, "yyyyMMdd'T'HHmmssffff'Z'",
                            DotNetCulture.EN_US, zone);
                    default -> DateTimeFormat.format(dt, format, DotNetCulture.EN_US, zone);
                };
            } catch (DotNetFormatException e) {
                throw ctx.terminatingError("System.FormatException", e.getMessage(),
                        "System.FormatException,Microsoft.PowerShell.Commands.GetDateCommand", "NotSpecified");
            }
        }
    }

    /** Sleeps in short slices so a cancelled or timed-out script stops promptly. */
    static final class StartSleep implements Cmdlet {
        private static final long SLICE_MS = 50;

        @Override
        public void process(CommandContext ctx) {
            Integer ms = CmdletArguments.integer(ctx, "Milliseconds");
            Integer seconds = CmdletArguments.integer(ctx, "Seconds");
            long total = ms != null ? ms : seconds != null ? seconds * 1000L : 0;
            long deadline = System.nanoTime() + total * 1_000_000L;
            while (true) {
                ctx.checkCancelled();
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return;
                }
                try {
                    Thread.sleep(Math.min(SLICE_MS, left));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    ctx.checkCancelled();
                    return;
                }
            }
        }
    }

    /**
     * Get-Random: a number in [Minimum, Maximum) typed as 5.1 types it (GetRandomCommandBase.cs: Int32
     * when both bounds are Int32 or absent, Int64 when both are integers, otherwise Double; numeric
     * strings are scanned as number literals), or items picked from -InputObject. One generator per
     * engine, which -SetSeed reseeds, so later calls continue the seeded sequence (not .NET's numbers).
     */
    static final class GetRandom implements Cmdlet {
        private static final java.util.Map<Object, Random> GENERATORS =
                java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
        private final List<Object> items = new ArrayList<>();
        private Random random;

        @Override
        public void begin(CommandContext ctx) {
            Object engine = ctx instanceof io.openecma.powershell.runtime.CommandContextImpl impl
                    ? impl.interpreter().context() : ctx;
            Integer seed = CmdletArguments.integer(ctx, "SetSeed");
            if (seed != null) {
                GENERATORS.put(engine, new Random(seed));
            }
            random = GENERATORS.computeIfAbsent(engine, k -> new Random(new SecureRandom().nextLong()));
        }

        @Override
        public void process(CommandContext ctx) {
            if (ctx.isBound("InputObject")) {
                items.addAll(LanguagePrimitives.toList(ctx.parameter("InputObject")));
            }
        }

        @Override
        public void end(CommandContext ctx) {
            if (ctx.isBound("InputObject")) {
                Integer count = CmdletArguments.integer(ctx, "Count");
                List<Object> shuffled = new ArrayList<>(items);
                Collections.shuffle(shuffled, random);
                int n = Math.min(count == null ? 1 : count, shuffled.size());
                shuffled.subList(0, n).forEach(ctx::writeObject);
                return;
            }
            Object max = operand(ctx.parameter("Maximum"));
            Object min = operand(ctx.parameter("Minimum"));
            if (isInt(max) && isInt(min)) {
                int lo = min == null ? 0 : (Integer) min;
                int hi = max == null ? Integer.MAX_VALUE : (Integer) max;
                checkRange(ctx, lo < hi, lo, hi);
                ctx.writeObject((int) (lo + (long) (random.nextDouble() * ((long) hi - lo))));
            } else if (isInteger(max) && isInteger(min)) {
                long lo = min == null ? 0 : ((Number) min).longValue();
                long hi = max == null ? Long.MAX_VALUE : ((Number) max).longValue();
                checkRange(ctx, lo < hi, lo, hi);
                java.math.BigInteger span = java.math.BigInteger.valueOf(hi).subtract(java.math.BigInteger.valueOf(lo));
                java.math.BigInteger offset = new java.math.BigDecimal(span).multiply(java.math.BigDecimal.valueOf(random.nextDouble()))
                        .toBigInteger();
                ctx.writeObject(java.math.BigInteger.valueOf(lo).add(offset).min(java.math.BigInteger.valueOf(hi - 1)).longValue());
            } else {
                double lo = min == null ? 0.0 : toDouble(ctx, min);
                double hi = max == null ? Double.MAX_VALUE : toDouble(ctx, max);
                checkRange(ctx, lo < hi, lo, hi);
                // lo + r * (hi - lo) overflows for the full double range; interpolate instead.
                double r = random.nextDouble();
                double value = lo * (1 - r) + hi * r;
                ctx.writeObject(value >= hi ? lo : value);
            }
        }

        /** A bound as 5.1 sees it: strings are scanned as number literals ("8" is Int32, "20." Double, "1kb" 1024). */
        private static Object operand(Object o) {
            Object b = LanguagePrimitives.base(o);
            if (b instanceof String s) {
                Number n = LanguagePrimitives.tryNumber(s.trim());
                // Parser.ScanNumber's fallback: text that is no number literal is converted to Int32, which
                // throws the conversion error ("0x07FFFFFFFFFFFFFFFF" overflows).
                return n == null ? LanguagePrimitives.convertTo(s, Integer.class) : n;
            }
            return b;
        }

        private static boolean isInt(Object o) {
            return o == null || o instanceof Integer;
        }

        private static boolean isInteger(Object o) {
            return o == null || o instanceof Integer || o instanceof Long;
        }

        private static double toDouble(CommandContext ctx, Object o) {
            Number n = LanguagePrimitives.tryNumber(o);
            if (n == null) {
                throw ctx.terminatingError("System.Management.Automation.PSInvalidCastException", "Cannot convert value \""
                        + LanguagePrimitives.toStringValue(o) + "\" to type \"System.Double\".", "InvalidCastFromStringToDouble",
                        "InvalidArgument");
            }
            return n.doubleValue();
        }

        private static void checkRange(CommandContext ctx, boolean ok, Object lo, Object hi) {
            if (!ok) {
                throw ctx.terminatingError("System.ArgumentException", "The Minimum value (" + LanguagePrimitives.toStringValue(lo)
                        + ") cannot be greater than or equal to the Maximum value (" + LanguagePrimitives.toStringValue(hi) + ").",
                        "MinGreaterThanOrEqualMax,Microsoft.PowerShell.Commands.GetRandomCommand", "InvalidArgument");
            }
        }
    }
}
