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
                        ParameterSpec.positional("Date", "datetime", 0).fromPipeline(PipelineInput.BY_VALUE)
                                .withAliases("LastWriteTime"),
                        ParameterSpec.named("Year", "int"), ParameterSpec.named("Month", "int"),
                        ParameterSpec.named("Day", "int"), ParameterSpec.named("Hour", "int"),
                        ParameterSpec.named("Minute", "int"), ParameterSpec.named("Second", "int"),
                        ParameterSpec.named("Millisecond", "int"),
                        ParameterSpec.named("DisplayHint", "string"),
                        ParameterSpec.named("Format", "string"),
                        ParameterSpec.named("UFormat", "string")),
                CmdletDefinition.of("Start-Sleep", StartSleep::new,
                        ParameterSpec.positional("Seconds", "int", 0).fromPipeline(PipelineInput.BY_VALUE),
                        ParameterSpec.named("Milliseconds", "int")).withAliases("sleep"),
                CmdletDefinition.of("Get-Random", GetRandom::new,
                        ParameterSpec.positional("Maximum", "object", 0),
                        ParameterSpec.named("Minimum", "object"),
                        ParameterSpec.named("InputObject", "object[]").fromPipeline(PipelineInput.BY_VALUE),
                        ParameterSpec.named("Count", "int"),
                        ParameterSpec.named("SetSeed", "int")));
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
                ctx.writeObject(UFormat.format(dt, uformat, zone));
            } else if (format != null) {
                ctx.writeObject(format(ctx, dt, format, zone));
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
     * Get-Random: a number in [Minimum, Maximum) (Int32 unless a bound is a Double), or items
     * picked from -InputObject. -SetSeed repeats sequences, but not .NET's exact numbers.
     */
    static final class GetRandom implements Cmdlet {
        private final List<Object> items = new ArrayList<>();
        private Random random;

        @Override
        public void begin(CommandContext ctx) {
            Integer seed = CmdletArguments.integer(ctx, "SetSeed");
            random = seed == null ? new SecureRandom() : new Random(seed);
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
            Object max = LanguagePrimitives.base(ctx.parameter("Maximum"));
            Object min = LanguagePrimitives.base(ctx.parameter("Minimum"));
            if (max instanceof Double || max instanceof Float || min instanceof Double || min instanceof Float) {
                double lo = min == null ? 0 : ((Number) min).doubleValue();
                double hi = max == null ? Double.MAX_VALUE : ((Number) max).doubleValue();
                checkRange(ctx, lo < hi, lo, hi);
                ctx.writeObject(lo + random.nextDouble() * (hi - lo));
                return;
            }
            long lo = min == null ? 0 : LanguagePrimitives.toNumber(min).longValue();
            long hi = max == null ? Integer.MAX_VALUE : LanguagePrimitives.toNumber(max).longValue();
            checkRange(ctx, lo < hi, lo, hi);
            long value = lo + (long) (random.nextDouble() * (hi - lo));
            boolean int32 = lo >= Integer.MIN_VALUE && hi <= Integer.MAX_VALUE;
            ctx.writeObject(int32 ? (Object) (int) value : (Object) value);
        }

        private static void checkRange(CommandContext ctx, boolean ok, Object lo, Object hi) {
            if (!ok) {
                throw ctx.terminatingError("System.ArgumentOutOfRangeException", "The Minimum value (" + lo
                        + ") cannot be greater than or equal to the Maximum value (" + hi + ").",
                        "MinGreaterThanOrEqualMax,Microsoft.PowerShell.Commands.GetRandomCommand", "InvalidArgument");
            }
        }
    }
}
