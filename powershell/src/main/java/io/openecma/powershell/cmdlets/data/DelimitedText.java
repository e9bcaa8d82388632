package io.openecma.powershell.cmdlets.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Get-Content -Delimiter as 5.1 reads (FileSystemContentReaderWriter.ReadDelimited): each item runs up to
 * and including the delimiter; what follows the last delimiter is the last item. PowerShell 6.0 dropped
 * the delimiter from the items (breaking change, PR #3706).
 */
final class DelimitedText {
    private DelimitedText() {
    }

    static List<String> split(String text, String delimiter) {
        List<String> items = new ArrayList<>();
        if (delimiter == null || delimiter.isEmpty()) {
            if (!text.isEmpty()) {
                items.add(text);
            }
            return items;
        }
        int start = 0;
        for (int at = text.indexOf(delimiter); at >= 0; at = text.indexOf(delimiter, start)) {
            items.add(text.substring(start, at + delimiter.length()));
            start = at + delimiter.length();
        }
        if (start < text.length()) {
            items.add(text.substring(start));
        }
        return items;
    }
}
