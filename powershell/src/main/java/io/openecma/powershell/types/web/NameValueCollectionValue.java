package io.openecma.powershell.types.web;

import io.openecma.powershell.runtime.PSRuntimeException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * System.Collections.Specialized.NameValueCollection as HttpUtility.ParseQueryString returns it:
 * case-insensitive keys in first-seen order, several values a key (read joined with ','),
 * enumerated as its keys; ToString gives the URL-encoded query.
 */
public final class NameValueCollectionValue implements Iterable<String> {
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    public NameValueCollectionValue() {
    }

    static NameValueCollectionValue parse(String query) {
        NameValueCollectionValue c = new NameValueCollectionValue();
        String q = query.startsWith("?") ? query.substring(1) : query;
        if (q.isEmpty()) {
            return c;
        }
        for (String part : q.split("&", -1)) {
            int eq = part.indexOf('=');
            String name = eq < 0 ? null : WebEncoding.urlDecode(part.substring(0, eq), StandardCharsets.UTF_8, true);
            String value = WebEncoding.urlDecode(eq < 0 ? part : part.substring(eq + 1), StandardCharsets.UTF_8, true);
            c.Add(name, value);
        }
        return c;
    }

    private static String key(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    public void Add(String name, String value) {
        String k = key(name);
        names.putIfAbsent(k, name);
        List<String> list = values.computeIfAbsent(k, x -> new ArrayList<>());
        if (value != null) {
            list.add(value);
        }
    }

    public void Set(String name, String value) {
        Remove(name);
        Add(name, value);
    }

    public void Remove(String name) {
        names.remove(key(name));
        values.remove(key(name));
    }

    public void Clear() {
        names.clear();
        values.clear();
    }

    public String Get(String name) {
        List<String> list = values.get(key(name));
        return list == null || list.isEmpty() ? null : String.join(",", list);
    }

    public String Get(int index) {
        if (index < 0 || index >= names.size()) {
            throw new PSRuntimeException("System.ArgumentOutOfRangeException", "Index was out of range. Must be non-negative "
                    + "and less than the size of the collection.\r\nParameter name: index").withParamName("index");
        }
        return Get(new ArrayList<>(names.values()).get(index));
    }

    public String get_Item(String name) {
        return Get(name);
    }

    public String get_Item(int index) {
        return Get(index);
    }

    public void set_Item(String name, String value) {
        Set(name, value);
    }

    public String[] GetValues(String name) {
        List<String> list = values.get(key(name));
        return list == null || list.isEmpty() ? null : list.toArray(new String[0]);
    }

    public String GetKey(int index) {
        return new ArrayList<>(names.values()).get(index);
    }

    public String[] getAllKeys() {
        return names.values().toArray(new String[0]);
    }

    public String[] getKeys() {
        return getAllKeys();
    }

    public int getCount() {
        return names.size();
    }

    public boolean HasKeys() {
        return names.keySet().stream().anyMatch(k -> k != null);
    }

    @Override
    public Iterator<String> iterator() {
        return new ArrayList<>(names.values()).iterator();
    }

    /** "a=1&b=x+y" (HttpValueCollection.ToString): each value of a key written as its own pair. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : names.entrySet()) {
            String name = e.getValue() == null ? null : WebEncoding.urlEncode(e.getValue(), StandardCharsets.UTF_8, false);
            List<String> list = values.get(e.getKey());
            if (list.isEmpty()) {
                sb.append(sb.length() > 0 ? "&" : "").append(name == null ? "" : name + "=");
            }
            for (String v : list) {
                sb.append(sb.length() > 0 ? "&" : "").append(name == null ? "" : name + "=")
                        .append(WebEncoding.urlEncode(v, StandardCharsets.UTF_8, false));
            }
        }
        return sb.toString();
    }
}
