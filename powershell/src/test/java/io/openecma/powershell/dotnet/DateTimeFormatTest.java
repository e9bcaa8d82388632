package io.openecma.powershell.dotnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTimeFormatTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DotNetDateTime SAMPLE = new DotNetDateTime(
            LocalDateTime.of(2024, 1, 31, 14, 5, 9, 123_456_700), DotNetDateTime.Kind.LOCAL);

    private static String us(DotNetDateTime dt, String format) {
        return DateTimeFormat.format(dt, format, DotNetCulture.EN_US, BERLIN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "d|1/31/2024",
        "D|Wednesday, January 31, 2024",
        "f|Wednesday, January 31, 2024 2:05 PM",
        "F|Wednesday, January 31, 2024 2:05:09 PM",
        "g|1/31/2024 2:05 PM",
        "G|1/31/2024 2:05:09 PM",
        "M|January 31",
        "o|2024-01-31T14:05:09.1234567+01:00",
        "O|2024-01-31T14:05:09.1234567+01:00",
        "r|Wed, 31 Jan 2024 14:05:09 GMT",
        "s|2024-01-31T14:05:09",
        "t|2:05 PM",
        "T|2:05:09 PM",
        "u|2024-01-31 14:05:09Z",
        "U|Wednesday, January 31, 2024 1:05:09 PM",
        "Y|January 2024",
        "yyyy-MM-dd HH:mm:ss|2024-01-31 14:05:09",
        "yyyyMMdd|20240131",
        "dd.MM.yy|31.01.24",
        "hh:mm tt|02:05 PM",
        "h:m:s t|2:5:9 P",
        "fff|123",
        "fffffff|1234567",
        "FFFF|1234",
        "ddd dddd MMM MMMM|Wed Wednesday Jan January",
        "zzz|+01:00",
        "zz|+01",
        "%z|+1",
        "%K|+01:00",
        "'literal' yyyy|literal 2024",
        "\\y\\e\\a\\r yyyy|year 2024",
        "%d|31",
        "%M|1",
        "y|January 2024",
        "yyyyy|02024",
        "HH:mm:ss.FFF|14:05:09.123",
        "g yyyy|A.D. 2024"})
    void formatsInEnUs(String format, String expected) {
        assertEquals(expected, us(SAMPLE, format));
    }

    @Test
    void invariantCultureIsWhatCastsAndInterpolationUse() {
        DotNetDateTime dt = new DotNetDateTime(LocalDateTime.of(2024, 3, 5, 7, 8, 9), DotNetDateTime.Kind.UNSPECIFIED);
        assertEquals("03/05/2024 07:08:09", DateTimeFormat.format(dt, null, DotNetCulture.INVARIANT, BERLIN));
        assertEquals("Tuesday, 05 March 2024", DateTimeFormat.format(dt, "D", DotNetCulture.INVARIANT, BERLIN));
        assertEquals("3/5/2024 7:08:09 AM", DateTimeFormat.format(dt, "", DotNetCulture.EN_US, BERLIN));
    }

    @Test
    void kindDecidesTheRoundTripSuffix() {
        LocalDateTime v = LocalDateTime.of(2024, 7, 1, 0, 0);
        assertEquals("2024-07-01T00:00:00.0000000Z",
                us(new DotNetDateTime(v, DotNetDateTime.Kind.UTC), "o"));
        assertEquals("2024-07-01T00:00:00.0000000",
                us(new DotNetDateTime(v, DotNetDateTime.Kind.UNSPECIFIED), "o"));
        assertEquals("2024-07-01T00:00:00.0000000+02:00",
                us(new DotNetDateTime(v, DotNetDateTime.Kind.LOCAL), "o"));
        // .NET Framework prints the local offset for "zzz" even on a UTC value.
        assertEquals("+02:00", us(new DotNetDateTime(v, DotNetDateTime.Kind.UTC), "zzz"));
        assertEquals("00:00:00", us(new DotNetDateTime(v, DotNetDateTime.Kind.UTC), "HH:mm:ss.FFF"));
    }

    @Test
    void midnightAndNoonInTwelveHourClock() {
        DotNetDateTime midnight = new DotNetDateTime(LocalDateTime.of(2024, 1, 1, 0, 30), DotNetDateTime.Kind.LOCAL);
        DotNetDateTime noon = new DotNetDateTime(LocalDateTime.of(2024, 1, 1, 12, 30), DotNetDateTime.Kind.LOCAL);
        assertEquals("12:30 AM", us(midnight, "hh:mm tt"));
        assertEquals("12:30 PM", us(noon, "hh:mm tt"));
    }

    @Test
    void badFormats() {
        assertThrows(DotNetFormatException.class, () -> us(SAMPLE, "Q"));
        assertThrows(DotNetFormatException.class, () -> us(SAMPLE, "ffffffff"));
        assertThrows(DotNetFormatException.class, () -> us(SAMPLE, "'open"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-01-31 10:00|2024-01-31T10:00",
        "2024-01-31|2024-01-31T00:00",
        "2024-01-31T10:00:05|2024-01-31T10:00:05",
        "2024-01-31T10:00:05.1234567|2024-01-31T10:00:05.123456700",
        "01/31/2024|2024-01-31T00:00",
        "1/31/2024 10:00:00 PM|2024-01-31T22:00",
        "1/31/2024 22:00|2024-01-31T22:00",
        "  2024/01/31  |2024-01-31T00:00",
        "31 January 2024|2024-01-31T00:00",
        "January 31, 2024|2024-01-31T00:00",
        "Wednesday, January 31, 2024|2024-01-31T00:00",
        "jan 31, 2024|2024-01-31T00:00",
        "01-31-2024|2024-01-31T00:00",
        "1.31.2024 08:15:00|2024-01-31T08:15"})
    void parsesUnspecifiedValues(String text, String expected) {
        DotNetDateTime dt = DateTimeFormat.parse(text, DotNetCulture.INVARIANT, BERLIN);
        assertEquals(LocalDateTime.parse(expected), dt.value());
        assertEquals(DotNetDateTime.Kind.UNSPECIFIED, dt.kind());
    }

    @Test
    void zoneDesignatorsConvertToLocalTime() {
        DotNetDateTime z = DateTimeFormat.parse("2024-01-31T10:00:00Z", DotNetCulture.INVARIANT, BERLIN);
        assertEquals(LocalDateTime.of(2024, 1, 31, 11, 0), z.value());
        assertEquals(DotNetDateTime.Kind.LOCAL, z.kind());
        DotNetDateTime offset = DateTimeFormat.parse("2024-07-31T10:00:00-04:00", DotNetCulture.INVARIANT, BERLIN);
        assertEquals(LocalDateTime.of(2024, 7, 31, 16, 0), offset.value());
        DotNetDateTime gmt = DateTimeFormat.parse("Wed, 31 Jan 2024 14:05:09 GMT", DotNetCulture.INVARIANT, BERLIN);
        assertEquals(LocalDateTime.of(2024, 1, 31, 15, 5, 9), gmt.value());
    }

    @Test
    void timeAloneTakesToday() {
        java.time.LocalDate before = java.time.LocalDate.now(BERLIN);
        DotNetDateTime t = DateTimeFormat.parse("10:30", DotNetCulture.INVARIANT, BERLIN);
        java.time.LocalDate after = java.time.LocalDate.now(BERLIN);
        assertEquals(java.time.LocalTime.of(10, 30), t.value().toLocalTime());
        assertEquals(true, t.value().toLocalDate().equals(before) || t.value().toLocalDate().equals(after));
    }

    @Test
    void rejectsWhatDotNetRejects() {
        DotNetFormatException e = assertThrows(DotNetFormatException.class,
                () -> DateTimeFormat.parse("2024-02-30", DotNetCulture.INVARIANT, BERLIN));
        assertEquals("String was not recognized as a valid DateTime.", e.getMessage());
        assertThrows(DotNetFormatException.class, () -> DateTimeFormat.parse("not a date", DotNetCulture.INVARIANT, BERLIN));
        assertThrows(DotNetFormatException.class, () -> DateTimeFormat.parse("", DotNetCulture.INVARIANT, BERLIN));
    }

    @Test
    void parseExact() {
        assertEquals(LocalDateTime.of(2024, 1, 31, 0, 0),
                DateTimeFormat.parseExact("20240131", "yyyyMMdd", DotNetCulture.INVARIANT, BERLIN).value());
        assertEquals(LocalDateTime.of(2024, 1, 31, 14, 5),
                DateTimeFormat.parseExact("31.01.2024 02:05 PM", "dd.MM.yyyy hh:mm tt", DotNetCulture.INVARIANT,
                        BERLIN).value());
        assertEquals(LocalDateTime.of(2024, 1, 31, 14, 5, 9),
                DateTimeFormat.parseExact("2024-01-31T14:05:09", "s", DotNetCulture.INVARIANT, BERLIN).value());
        DotNetDateTime rt = DateTimeFormat.parseExact("2024-01-31T14:05:09.1234567Z", "o", DotNetCulture.INVARIANT,
                BERLIN);
        assertEquals(LocalDateTime.of(2024, 1, 31, 15, 5, 9, 123_456_700), rt.value());
        assertEquals(LocalDateTime.of(2029, 5, 1, 0, 0),
                DateTimeFormat.parseExact("01-05-29", "dd-MM-yy", DotNetCulture.INVARIANT, BERLIN).value());
        assertEquals(LocalDateTime.of(1930, 5, 1, 0, 0),
                DateTimeFormat.parseExact("01-05-30", "dd-MM-yy", DotNetCulture.INVARIANT, BERLIN).value());
        assertThrows(DotNetFormatException.class,
                () -> DateTimeFormat.parseExact("2024-1-31", "yyyy-MM-dd", DotNetCulture.INVARIANT, BERLIN));
        assertThrows(DotNetFormatException.class,
                () -> DateTimeFormat.parseExact("2024-01-31 ", "yyyy-MM-dd", DotNetCulture.INVARIANT, BERLIN));
    }

    @Test
    void ticksRoundTrip() {
        DotNetDateTime epoch = new DotNetDateTime(LocalDateTime.of(1970, 1, 1, 0, 0), DotNetDateTime.Kind.UTC);
        assertEquals(621355968000000000L, epoch.ticks());
        assertEquals(SAMPLE.value(), DotNetDateTime.ofTicks(SAMPLE.ticks(), DotNetDateTime.Kind.LOCAL).value());
        assertEquals(0L, DotNetDateTime.ofTicks(0, DotNetDateTime.Kind.UNSPECIFIED).ticks());
    }
}
