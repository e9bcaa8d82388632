package io.openecma.powershell.dotnet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CSV text as Windows PowerShell 5.1 writes it (ConvertTo-Csv, Export-Csv: every value quoted,
 * embedded quotes doubled, a null value written as nothing, a {@code #TYPE} first line unless
 * -NoTypeInformation; 7 drops the #TYPE line by default and can leave values unquoted) and reads
 * it (ConvertFrom-Csv, Import-Csv: quoted values with quotes and line breaks inside, a leading
 * {@code #TYPE} line taken as the type name, blank lines skipped, values missing at the end of a
 * row are null while empty ones are "", values beyond the header dropped, headers compared
 * case-insensitively).
 */
public final class CsvText {
    private static final String DEFAULT_HEADER_PREFIX = "H";

    /** What reading produced: each row has one entry per header, null where the row ran short. */
    public record Table(String typeName, List<String> headers, List<List<String>> rows, boolean defaultHeadersUsed) {
    }

    /** A header that appears twice; worded as PowerShell words it. */
    public static final class DuplicateHeaderException extends IllegalArgumentException {
        public DuplicateHeaderException(String name) {
            super("The member \"" + name + "\" is already present.");
        }
    }

    private CsvText() {
    }

    // ---------------------------------------------------------------- writing

    /**
     * The lines ConvertTo-Csv outputs: the optional {@code #TYPE} line, the header, one line per
     * row. {@code typeName} null means -NoTypeInformation.
     */
    public static List<String> write(List<String> headers, List<List<String>> rows, char delimiter, String typeName) {
        List<String> lines = new ArrayList<>();
        if (typeName != null) {
            lines.add("#TYPE " + typeName);
        }
        lines.add(line(headers, delimiter));
        for (List<String> row : rows) {
            lines.add(line(row, delimiter));
        }
        return lines;
    }

    /** One CSV line: each value quoted with inner quotes doubled, null as an empty field. */
    public static String line(List<String> values, char delimiter) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < values.size(); k++) {
            if (k > 0) {
                sb.append(delimiter);
            }
            String v = values.get(k);
            if (v != null) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads CSV text. With {@code header} null the first record is the header; otherwise it is the
     * -Header list and the first record is data. Empty header names become H1, H2... by column
     * (PowerShell warns; {@link Table#defaultHeadersUsed()} says so).
     */
    public static Table read(String text, char delimiter, List<String> header) {
        Parser p = new Parser(text, delimiter);
        String typeName = null;
        while (p.peekIsComment()) {
            String comment = p.readRawLine();
            if (typeName == null && comment.regionMatches(true, 0, "#TYPE", 0, 5)) {
                typeName = comment.substring(5).trim();
            }
        }
        List<String> headers;
        if (header != null) {
            headers = new ArrayList<>(header);
        } else {
            List<String> first = null;
            while (!p.atEnd()) {
                List<String> record = p.readRecord();
                if (!isBlank(record)) {
                    first = record;
                    break;
                }
            }
            headers = first == null ? new ArrayList<>() : new ArrayList<>(first);
        }
        boolean defaulted = false;
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < headers.size(); k++) {
            String h = headers.get(k);
            if (h == null || h.isEmpty()) {
                h = DEFAULT_HEADER_PREFIX + (k + 1);
                headers.set(k, h);
                defaulted = true;
            }
            if (!seen.add(h.toLowerCase(Locale.ROOT))) {
                throw new DuplicateHeaderException(h);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        while (!p.atEnd()) {
            List<String> record = p.readRecord();
            if (isBlank(record)) {
                continue;
            }
            String[] row = new String[headers.size()];
            for (int k = 0; k < row.length && k < record.size(); k++) {
                row[k] = record.get(k);
            }
            rows.add(Arrays.asList(row));
        }
        return new Table(typeName, headers, rows, defaulted);
    }

    private static boolean isBlank(List<String> record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    private static final class Parser {
        private final String s;
        private final char delimiter;
        private int i;

        Parser(String text, char delimiter) {
            this.s = text.startsWith("\uFEFF") ? text.substring(1) : text;
            this.delimiter = delimiter;
        }

        boolean atEnd() {
            return i >= s.length();
        }

        boolean peekIsComment() {
            return i < s.length() && s.charAt(i) == '#';
        }

        String readRawLine() {
            int start = i;
            while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                i++;
            }
            String line = s.substring(start, i);
            skipLineEnd();
            return line;
        }

        private void skipLineEnd() {
            if (i < s.length() && s.charAt(i) == '\r') {
                i++;
            }
            if (i < s.length() && s.charAt(i) == '\n') {
                i++;
            }
        }

        /** One record; a quoted value may span lines. */
        List<String> readRecord() {
            List<String> values = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        quoted = false;
                        i++;
                        continue;
                    }
                    field.append(c);
                    i++;
                    continue;
                }
                if (c == delimiter) {
                    values.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                    i++;
                } else if (c == '\r' || c == '\n') {
                    skipLineEnd();
                    values.add(field.toString());
                    return values;
                } else if ((c == ' ' || c == '\t') && field.length() == 0 && !wasQuoted) {
                    // 5.1's ParseNextRecord ignores spaces and tabs at the start of an unquoted value.
                    i++;
                } else if (c == '"' && !wasQuoted && field.toString().isBlank()) {
                    // A quote opens a quoted value; white space before it is dropped.
                    field.setLength(0);
                    quoted = true;
                    wasQuoted = true;
                    i++;
                } else if (wasQuoted && !quoted && Character.isWhitespace(c)) {
                    i++;
                } else {
                    field.append(c);
                    i++;
                }
            }
            values.add(field.toString());
            return values;
        }
    }
}
