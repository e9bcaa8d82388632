package io.openecma.powershell.serialization;

import io.openecma.powershell.dotnet.DotNetDateTime;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The text forms CLIXML (MS-PSRP 2.2.5.1) uses for strings, dates and durations. */
final class CliXmlText {
    private CliXmlText() {
    }

    /**
     * Strings: characters XML cannot carry (controls including CR, LF and tab, unpaired surrogates,
     * U+FFFE/U+FFFF) become {@code _xHHHH_}; an underscore that would start such an escape becomes
     * {@code _x005F_}.
     */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean surrogateOk = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c) && !surrogateOk
                    || c == '_' && i + 1 < s.length() && s.charAt(i + 1) == 'x') {
                sb.append(String.format("_x%04X_", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String decode(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '_' && i + 6 < s.length() && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
                    && s.substring(i + 2, i + 6).chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 6;
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    /** XmlConvert's round-trip form: seven fraction digits with trailing zeros dropped, Z or offset by kind. */
    static String dateTime(DotNetDateTime d, ZoneId localZone) {
        LocalDateTime v = d.value();
        StringBuilder sb = new StringBuilder(v.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")));
        String fraction = String.format("%07d", v.getNano() / 100).replaceAll("0+$", "");
        if (!fraction.isEmpty()) {
            sb.append('.').append(fraction);
        }
        switch (d.kind()) {
            case UTC -> sb.append('Z');
            case LOCAL -> {
                ZoneOffset off = localZone.getRules().getOffset(v);
                sb.append(off.getTotalSeconds() == 0 ? "+00:00" : off.getId());
            }
            default -> {
            }
        }
        return sb.toString();
    }

    static DotNetDateTime parseDateTime(String text) {
        String t = text.trim();
        if (t.endsWith("Z")) {
            return new DotNetDateTime(LocalDateTime.parse(t.substring(0, t.length() - 1)), DotNetDateTime.Kind.UTC);
        }
        if (t.length() > 19 && (t.charAt(t.length() - 6) == '+' || t.charAt(t.length() - 6) == '-')) {
            OffsetDateTime o = OffsetDateTime.parse(t);
            LocalDateTime local = o.atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
            return new DotNetDateTime(local, DotNetDateTime.Kind.LOCAL);
        }
        return new DotNetDateTime(LocalDateTime.parse(t), DotNetDateTime.Kind.UNSPECIFIED);
    }

    /** xs:duration as XmlConvert writes a TimeSpan: {@code PT9.0269026S}, {@code P1DT2H}, {@code PT0S}. */
    static String duration(Duration d) {
        if (d.isZero()) {
            return "PT0S";
        }
        Duration a = d.abs();
        StringBuilder sb = new StringBuilder(d.isNegative() ? "-P" : "P");
        if (a.toDays() > 0) {
            sb.append(a.toDays()).append('D');
        }
        long ticks = a.toNanosPart() / 100;
        if (a.toHoursPart() > 0 || a.toMinutesPart() > 0 || a.toSecondsPart() > 0 || ticks > 0) {
            sb.append('T');
            if (a.toHoursPart() > 0) {
                sb.append(a.toHoursPart()).append('H');
            }
            if (a.toMinutesPart() > 0) {
                sb.append(a.toMinutesPart()).append('M');
            }
            if (a.toSecondsPart() > 0 || ticks > 0) {
                sb.append(a.toSecondsPart());
                String fraction = String.format("%07d", ticks).replaceAll("0+$", "");
                if (!fraction.isEmpty()) {
                    sb.append('.').append(fraction);
                }
                sb.append('S');
            }
        }
        return sb.toString();
    }

    static Duration parseDuration(String text) {
        String t = text.trim();
        boolean negative = t.startsWith("-");
        Duration d = Duration.parse(negative ? t.substring(1) : t);
        return negative ? d.negated() : d;
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(String.format("%02x", b & 0xff));
        }
        return sb.toString();
    }

    static byte[] unhex(String hex) {
        String h = hex.trim();
        if (h.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits");
        }
        byte[] out = new byte[h.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

}
