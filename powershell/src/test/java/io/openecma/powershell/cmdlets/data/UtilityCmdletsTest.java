package io.openecma.powershell.cmdlets.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openecma.powershell.dotnet.DotNetDateTime;
import io.openecma.powershell.runtime.PSRuntimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UtilityCmdletsTest {
    private static final DotNetDateTime SAMPLE = new DotNetDateTime(LocalDateTime.of(2021, 3, 4, 5, 6, 7),
            DotNetDateTime.Kind.UNSPECIFIED);

    private static CmdletRun getDate() {
        return CmdletRun.of("Get-Date", null);
    }

    @Test
    void getDateNowIsLocal() {
        DotNetDateTime now = (DotNetDateTime) getDate().run().single();
        assertEquals(DotNetDateTime.Kind.LOCAL, now.kind());
        LocalDateTime wall = LocalDateTime.now(ZoneId.systemDefault());
        assertTrue(Math.abs(java.time.Duration.between(now.value(), wall).toMinutes()) < 5);
    }

    @Test
    void formatUsesTheCurrentCulture() {
        assertEquals("2021-03-04 05:06", getDate().with("Date", SAMPLE).with("Format", "yyyy-MM-dd HH:mm").run()
                .single());
        assertEquals("3/4/2021", getDate().with("Date", SAMPLE).with("Format", "d").run().single());
        assertEquals("20210304", getDate().with("Date", SAMPLE).with("Format", "FileDate").run().single());
        assertEquals("20210304T0506070000", getDate().with("Date", SAMPLE).with("Format", "FileDateTime").run()
                .single());
    }

    @Test
    void dateFromTextAndComponentOverrides() {
        DotNetDateTime d = (DotNetDateTime) getDate().with("Date", "2021-03-04 05:06:07").with("Year", 2020)
                .with("Hour", 23).run().single();
        assertEquals(LocalDateTime.of(2020, 3, 4, 23, 6, 7), d.value());
        assertThrows(PSRuntimeException.class, () -> getDate().with("Date", SAMPLE).with("Month", 13).run());
        assertThrows(PSRuntimeException.class, () -> getDate().with("Date", SAMPLE).with("Format", "Q").run());
    }

    @Test
    void uformat() {
        assertEquals("2021-03-04 05:06:07 Thursday 63",
                getDate().with("Date", SAMPLE).with("UFormat", "%Y-%m-%d %H:%M:%S %A %j").run().single());
        assertEquals("03/04/21 %", getDate().with("Date", SAMPLE).with("UFormat", "%D %%").run().single());
        DotNetDateTime utc = new DotNetDateTime(LocalDateTime.of(1970, 1, 2, 0, 0), DotNetDateTime.Kind.UTC);
        assertEquals("86400", getDate().with("Date", utc).with("UFormat", "%s").run().single());
    }

    /** 5.1's GetDateCommand.UFormatDateString (PowerShell commit 60b3b304f2), not 7's ISO-week rules. */
    @Test
    void uformatFollowsWindowsPowerShell51() {
        DotNetDateTime jan1 = new DotNetDateTime(LocalDateTime.of(2005, 1, 1, 0, 0), DotNetDateTime.Kind.LOCAL);
        // %V = DayOfYear/7+1, %U/%W = DayOfYear/7, %G/%g = calendar year (7 gives ISO week 53 / 2004)
        assertEquals("1 0 0 2005 05", getDate().with("Date", jan1).with("UFormat", "%V %U %W %G %g").run().single());
        // 2005-01-01 is a Saturday: %u and %w are both (int)DayOfWeek
        assertEquals("6 6", getDate().with("Date", jan1).with("UFormat", "%u %w").run().single());
        // %c pads the day with a space, %k/%l are HH/hh, %F is not a 5.1 specifier: only F is kept
        assertEquals("Thu Mar  4 05:06:07 2021|05|05|F|q", getDate().with("Date", SAMPLE)
                .with("UFormat", "%c|%k|%l|%F|%q").run().single());
        // a leading + is dropped; the text is a composite format, so {{ is a literal brace
        assertEquals("2021 {x}", getDate().with("Date", SAMPLE).with("UFormat", "+%Y {{x}}").run().single());
        DotNetDateTime frac = new DotNetDateTime(LocalDateTime.of(1970, 1, 1, 0, 0, 1, 500_000_000),
                DotNetDateTime.Kind.LOCAL);
        assertEquals("1.5", getDate().with("Date", frac).with("UFormat", "%s").run().single());
    }

    @Test
    void startSleepReturnsAndStopsWhenCancelled() {
        assertEquals(List.of(), CmdletRun.of("Start-Sleep", null).with("Milliseconds", 20).run().output);
        CmdletRun cancelled = CmdletRun.of("Start-Sleep", null).with("Seconds", 3600);
        cancelled.cancel();
        assertThrows(PSRuntimeException.class, cancelled::run);
    }

    @Test
    void getRandomRanges() {
        Set<Object> seen = new HashSet<>();
        for (int k = 0; k < 200; k++) {
            Object v = CmdletRun.of("Get-Random", null).with("Minimum", 1).with("Maximum", 4).run().single();
            assertTrue(v instanceof Integer i && i >= 1 && i < 4, String.valueOf(v));
            seen.add(v);
        }
        assertEquals(Set.of(1, 2, 3), seen);
        Object d = CmdletRun.of("Get-Random", null).with("Maximum", 1.5).run().single();
        assertTrue(d instanceof Double x && x >= 0 && x < 1.5);
        assertThrows(PSRuntimeException.class,
                () -> CmdletRun.of("Get-Random", null).with("Minimum", 5).with("Maximum", 5).run());
    }

    @Test
    void getRandomPicksFromInput() {
        List<Object> picked = CmdletRun.of("Get-Random", null).with("Count", 3).pipe("a", "b", "c", "d").output;
        assertEquals(3, picked.size());
        assertEquals(3, new HashSet<>(picked).size());
        List<Object> seeded1 = CmdletRun.of("Get-Random", null).with("SetSeed", 42).with("Count", 4)
                .pipe(1, 2, 3, 4, 5, 6).output;
        List<Object> seeded2 = CmdletRun.of("Get-Random", null).with("SetSeed", 42).with("Count", 4)
                .pipe(1, 2, 3, 4, 5, 6).output;
        assertEquals(seeded1, seeded2);
    }
}
