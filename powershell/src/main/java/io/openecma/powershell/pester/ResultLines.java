package io.openecma.powershell.pester;

import java.util.List;

/** The runner's text formats: one console line per It, and one TSV row per It for the oracle's report. */
public final class ResultLines {

    private ResultLines() {
    }

    public static String console(TestResult r) {
        return switch (r.outcome()) {
            case PASSED -> "[+] " + r.fullName();
            case FAILED -> "[-] " + r.fullName() + " : " + firstLine(r.message())
                    + (r.location().isEmpty() ? "" : " (" + r.location() + ")");
            default -> "[!] " + r.fullName() + " (" + r.outcome().name().toLowerCase(java.util.Locale.ROOT) + ")"
                    + (r.message().isEmpty() ? "" : " " + firstLine(r.message()));
        };
    }

    public static String totals(long passed, long failed, long skipped) {
        return passed + " passed, " + failed + " failed, " + skipped + " skipped";
    }

    /** file, describe path, name, result, first line of the message, location. */
    public static String tsv(String file, TestResult r) {
        return String.join("\t", List.of(clean(file), clean(String.join(" > ", r.path())), clean(r.name()),
                r.outcome().name(), clean(firstLine(r.message())), clean(r.location())));
    }

    public static String firstLine(String message) {
        String trimmed = message.strip();
        int nl = trimmed.indexOf('\n');
        return (nl < 0 ? trimmed : trimmed.substring(0, nl)).strip();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}
