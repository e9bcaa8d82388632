package io.openecma.powershell.pester;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The oracle's excluded.txt: lines {@code PATH<TAB>REASON} exclude a whole file; {@code PATH::Describe name}
 * excludes the It blocks whose full name ("Describe > Context > It") starts with that text, where
 * {@code *} stands for any text (case-insensitive).
 */
final class Exclusions {

    record Entry(String file, String testPrefix, String reason) {
    }

    private final List<Entry> entries;

    private Exclusions(List<Entry> entries) {
        this.entries = entries;
    }

    static Exclusions read(Path list) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String target = (tab < 0 ? line : line.substring(0, tab)).strip();
            String reason = tab < 0 ? "" : line.substring(tab + 1).strip();
            int sep = target.indexOf("::");
            entries.add(sep < 0 ? new Entry(target, null, reason)
                    : new Entry(target.substring(0, sep).strip(), target.substring(sep + 2).strip(), reason));
        }
        return new Exclusions(entries);
    }

    /** The reason the whole file is excluded, or null. */
    String wholeFile(String file) {
        return entries.stream().filter(e -> e.testPrefix() == null && e.file().equals(file))
                .map(Entry::reason).findFirst().orElse(null);
    }

    /** The reason this It of the file is excluded, or null. */
    String test(String file, String fullName) {
        return entries.stream().filter(e -> e.testPrefix() != null && e.file().equals(file)
                        && startsLike(fullName, e.testPrefix()))
                .map(Entry::reason).findFirst().orElse(null);
    }

    static boolean startsLike(String fullName, String prefixPattern) {
        StringBuilder regex = new StringBuilder("(?is)");
        for (String part : prefixPattern.split("\\*", -1)) {
            if (regex.length() > 5) {
                regex.append(".*");
            }
            regex.append(java.util.regex.Pattern.quote(part));
        }
        return java.util.regex.Pattern.compile(regex.toString()).matcher(fullName).lookingAt();
    }
}
