package io.openecma.powershell.dotnet;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON text as Windows PowerShell 5.1 writes and reads it (ConvertTo-Json / ConvertFrom-Json,
 * Invoke-RestMethod), which is JavaScriptSerializer underneath. Where PowerShell 7 differs:
 * <ul>
 * <li>pretty output puts a nested value's members 4 columns right of its opening bracket, wherever
 * that bracket sits on the line, writes {@code "key":  value} with two spaces, and ends lines with
 * CRLF (7: 2-space indentation, one space, platform newline);</li>
 * <li>{@code < > ' &} are written as {@code \u003c \u003e \u0027 \u0026} (7 writes them as is);</li>
 * <li>a DateTime is {@code "\/Date(ms)\/"} of its UTC instant (7: ISO 8601 text);</li>
 * <li>below -Depth (default 2) an object becomes its string form, silently (7 warns);</li>
 * <li>reading: integers become Int32, else Int64, else Decimal; numbers with a decimal point
 * become Decimal; numbers with an exponent become Double (7: Int64 / Double / BigInteger);
 * {@code "\/Date(ms)\/"} strings become UTC DateTimes.</li>
 * </ul>
 */
public final class JsonText {
    /** The default -Depth of ConvertTo-Json. */
    public static final int DEFAULT_DEPTH = 2;
    private static final long EPOCH_TICKS = 621_355_968_000_000_000L;
    private static final Pattern DATE = Pattern.compile("^\\\\/Date\\((-?\\d+)(?:[a-zA-Z]|[+-]\\d{4})?\\)\\\\/$");

    /** How the caller's (engine's) objects look to the serializer. */
    public interface ObjectModel {
        /**
         * A Map (property name to value, in order), an Iterable or array, or a scalar this class
         * knows, for any object that is none of those (PSCustomObject, registered types, enums).
         */
        Object describe(Object value);

        /** The string an object becomes when it lies deeper than -Depth (PowerShell's [string]). */
        String truncatedText(Object value);

        /**
         * The extended (Add-Member) properties of a wrapped value, by name in order, or an empty map.
         * 5.1 merges them into a dictionary's or object's members and otherwise writes
         * {@code {"value": ..., name: ...}} (ConvertToJsonCommand.AddPsProperties).
         */
        default Map<String, Object> extendedProperties(Object value) {
            return Map.of();
        }
    }

    /** Treats Maps, Iterables and arrays as such and everything else by {@code toString()}. */
    public static final ObjectModel PLAIN = new ObjectModel() {
        @Override
        public Object describe(Object value) {
            return value.toString();
        }

        @Override
        public String truncatedText(Object value) {
            return value.toString();
        }
    };

    private JsonText() {
    }

    // ---------------------------------------------------------------- writing

    /** ConvertTo-Json of one value. */
    public static String toJson(Object value, int depth, boolean compress, ObjectModel model, ZoneId localZone) {
        Object tree = process(value, 0, depth, model);
        StringBuilder sb = new StringBuilder();
        if (compress) {
            writeCompact(tree, sb, localZone);
        } else {
            writePretty(tree, sb, localZone);
        }
        return sb.toString();
    }

    private record Truncated(String text) {
    }

    private static boolean isScalar(Object v) {
        return v == null || v instanceof String || v instanceof Character || v instanceof Boolean
                || v instanceof Number || v instanceof DotNetDateTime || v instanceof UUID || v instanceof URI;
    }

    /** Mirrors ConvertTo-Json's pre-processing, then adds a wrapped value's extended properties. */
    private static Object process(Object value, int level, int maxDepth, ObjectModel model) {
        Object processed = processBase(value, level, maxDepth, model);
        Map<String, Object> extended = value == null ? Map.of() : model.extendedProperties(value);
        if (extended.isEmpty()) {
            return processed;
        }
        Map<String, Object> out;
        if (processed instanceof LinkedHashMap<?, ?>) {
            @SuppressWarnings("unchecked")
            Map<String, Object> members = (Map<String, Object>) processed;
            out = members;
        } else {
            out = new LinkedHashMap<>();
            out.put("value", processed);
        }
        for (Map.Entry<String, Object> e : extended.entrySet()) {
            if (!out.containsKey(e.getKey())) {
                out.put(e.getKey(), process(e.getValue(), level + 1, maxDepth, model));
            }
        }
        return out;
    }

    /** Scalars stay, containers recurse, too deep becomes text. */
    private static Object processBase(Object value, int level, int maxDepth, ObjectModel model) {
        if (isScalar(value)) {
            return value;
        }
        Object shape = value instanceof Map || value instanceof Iterable || value.getClass().isArray() ? value
                : model.describe(value);
        if (isScalar(shape)) {
            return shape;
        }
        if (level > maxDepth) {
            return new Truncated(model.truncatedText(value));
        }
        if (shape instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put(String.valueOf(e.getKey()), process(e.getValue(), level + 1, maxDepth, model));
            }
            return out;
        }
        List<Object> out = new ArrayList<>();
        if (shape instanceof Iterable<?> items) {
            for (Object item : items) {
                out.add(process(item, level + 1, maxDepth, model));
            }
        } else if (shape.getClass().isArray()) {
            for (int k = 0; k < Array.getLength(shape); k++) {
                out.add(process(Array.get(shape, k), level + 1, maxDepth, model));
            }
        } else {
            return new Truncated(model.truncatedText(value));
        }
        return out;
    }

    private static void writeCompact(Object v, StringBuilder sb, ZoneId zone) {
        if (v instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                writeString((String) e.getKey(), sb);
                sb.append(':');
                writeCompact(e.getValue(), sb, zone);
            }
            sb.append('}');
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (int k = 0; k < list.size(); k++) {
                if (k > 0) {
                    sb.append(',');
                }
                writeCompact(list.get(k), sb, zone);
            }
            sb.append(']');
        } else {
            writeScalar(v, sb, zone);
        }
    }

    private static int column(StringBuilder sb) {
        return sb.length() - (sb.lastIndexOf("\n") + 1);
    }

    private static void writePretty(Object v, StringBuilder sb, ZoneId zone) {
        if (v instanceof Map<?, ?> map) {
            int col = column(sb);
            String inner = " ".repeat(col + 4);
            sb.append("{\r\n");
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    sb.append(",\r\n");
                }
                first = false;
                sb.append(inner);
                writeString((String) e.getKey(), sb);
                sb.append(":  ");
                writePretty(e.getValue(), sb, zone);
            }
            sb.append("\r\n").append(" ".repeat(col)).append('}');
        } else if (v instanceof List<?> list) {
            int col = column(sb);
            String inner = " ".repeat(col + 4);
            sb.append("[\r\n");
            for (int k = 0; k < list.size(); k++) {
                if (k > 0) {
                    sb.append(",\r\n");
                }
                sb.append(inner);
                writePretty(list.get(k), sb, zone);
            }
            sb.append("\r\n").append(" ".repeat(col)).append(']');
        } else {
            writeScalar(v, sb, zone);
        }
    }

    private static void writeScalar(Object v, StringBuilder sb, ZoneId zone) {
        if (v == null || v instanceof Character c && c == '\0') {
            sb.append("null"); // JavaScriptSerializer.SerializeValue writes the char '\0' as null
        } else if (v instanceof Truncated t) {
            writeString(t.text(), sb);
        } else if (v instanceof String s) {
            writeString(s, sb);
        } else if (v instanceof Character || v instanceof UUID || v instanceof URI) {
            writeString(v.toString(), sb);
        } else if (v instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (v instanceof Double || v instanceof Float) {
            sb.append(NumberFormat.format(v, "R", DotNetCulture.INVARIANT));
        } else if (v instanceof io.openecma.powershell.types.FlagsValue flags) {
            sb.append(flags.intValue()); // a [Flags] combination is written as its underlying Int32
        } else if (v instanceof BigDecimal || v instanceof BigInteger || v instanceof Number) {
            sb.append(NumberFormat.toString(v, DotNetCulture.INVARIANT));
        } else if (v instanceof DotNetDateTime dt) {
            long ms = Math.floorDiv(dt.toUniversalTime(zone).ticks() - EPOCH_TICKS, 10_000L);
            sb.append("\"\\/Date(").append(ms).append(")\\/\"");
        } else {
            writeString(v.toString(), sb);
        }
    }

    /** JavaScriptSerializer's string escaping. */
    static void writeString(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<', '>', '\'', '&' -> sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                default -> {
                    if (c < ' ') {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    // ---------------------------------------------------------------- reading

    /** Thrown for text that is not JSON, with JavaScriptSerializer's wording. */
    public static final class JsonSyntaxException extends IllegalArgumentException {
        public JsonSyntaxException(String message) {
            super(message);
        }
    }

    /**
     * ConvertFrom-Json's reading: objects become ordered {@code Map<String,Object>}, arrays
     * {@code List<Object>}, numbers Integer/Long/BigDecimal/Double, plus Boolean, String, null and
     * DotNetDateTime (UTC) for {@code "\/Date(ms)\/"}. Keys that differ only in case are an error,
     * as PowerShell turns objects into case-insensitive PSCustomObjects; an exact duplicate key
     * keeps the last value.
     */
    public static Object parse(String json) {
        Reader r = new Reader(json);
        r.skipSpace();
        if (r.atEnd()) {
            return null;
        }
        Object v = r.value(0);
        r.skipSpace();
        if (!r.atEnd()) {
            throw r.invalid();
        }
        return v;
    }

    private static final class Reader {
        /**
         * 5.1's JsonObject.ConvertFromJson sets RecursionLimit = maxDepthAllowed (100) + 2, and
         * DeserializeInternal counts the top value as depth 1: nesting 0..101 is read.
         */
        private static final int MAX_NESTING = 101;
        private final String s;
        private int i;

        Reader(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return i >= s.length();
        }

        void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        JsonSyntaxException invalid() {
            int end = i;
            while (end < s.length() && ",:]}".indexOf(s.charAt(end)) < 0 && !Character.isWhitespace(s.charAt(end))) {
                end++;
            }
            String token = end > i ? s.substring(i, end) : i < s.length() ? String.valueOf(s.charAt(i)) : "";
            return new JsonSyntaxException("Invalid JSON primitive: " + token + ".");
        }

        JsonSyntaxException expected(String what) {
            return new JsonSyntaxException("Invalid object passed in, " + what + " expected. (" + i + "): " + s);
        }

        Object value(int nesting) {
            if (nesting > MAX_NESTING) {
                throw new JsonSyntaxException("RecursionLimit exceeded.");
            }
            skipSpace();
            if (atEnd()) {
                throw invalid();
            }
            char c = s.charAt(i);
            if (c == '{') {
                return object(nesting);
            }
            if (c == '[') {
                return array(nesting);
            }
            if (c == '"' || c == '\'') {
                return stringOrDate();
            }
            return primitive();
        }

        private Map<String, Object> object(int nesting) {
            i++;
            Map<String, Object> map = new LinkedHashMap<>();
            Map<String, String> lowerKeys = new LinkedHashMap<>();
            skipSpace();
            if (i < s.length() && s.charAt(i) == '}') {
                i++;
                return map;
            }
            while (true) {
                skipSpace();
                String key = atEnd() || (s.charAt(i) != '"' && s.charAt(i) != '\'') ? unquotedName() : string();
                skipSpace();
                if (atEnd() || s.charAt(i) != ':') {
                    throw expected("':'");
                }
                i++;
                Object v = value(nesting + 1);
                String lower = key.toLowerCase(Locale.ROOT);
                String previous = lowerKeys.get(lower);
                if (previous != null && !previous.equals(key)) {
                    throw new JsonSyntaxException("Cannot convert the JSON string because a dictionary that was "
                            + "converted from the string contains the duplicated keys '" + previous + "' and '" + key
                            + "'.");
                }
                lowerKeys.put(lower, key);
                map.put(key, v);
                skipSpace();
                if (atEnd()) {
                    throw expected("':' or '}'");
                }
                char c = s.charAt(i++);
                if (c == '}') {
                    // ObjectConverter.ConvertDictionaryToObject: a "__type" entry is the type hint, removed
                    if (map.get(TYPE_HINT) != null) {
                        map.remove(TYPE_HINT);
                    }
                    return map;
                }
                if (c != ',') {
                    i--;
                    throw expected("',' or '}'");
                }
            }
        }

        private static final String TYPE_HINT = "__type";

        private List<Object> array(int nesting) {
            i++;
            List<Object> list = new ArrayList<>();
            skipSpace();
            if (i < s.length() && s.charAt(i) == ']') {
                i++;
                return list;
            }
            while (true) {
                list.add(value(nesting + 1));
                skipSpace();
                if (atEnd()) {
                    throw expected("']'");
                }
                char c = s.charAt(i++);
                if (c == ']') {
                    return list;
                }
                if (c != ',') {
                    i--;
                    throw expected("',' or ']'");
                }
            }
        }

        private Object stringOrDate() {
            int start = i;
            String text = string();
            String raw = s.substring(start + 1, i - 1);
            Matcher m = DATE.matcher(raw);
            if (m.matches()) {
                long ms = Long.parseLong(m.group(1));
                return DotNetDateTime.ofTicks(ms * 10_000L + EPOCH_TICKS, DotNetDateTime.Kind.UTC);
            }
            return text;
        }

        private String string() {
            char quote = s.charAt(i++);
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (atEnd()) {
                    throw new JsonSyntaxException("Unterminated string passed in. (" + i + "): " + s);
                }
                char c = s.charAt(i++);
                if (c == quote) {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (atEnd()) {
                    throw new JsonSyntaxException("Unterminated string passed in. (" + i + "): " + s);
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw new JsonSyntaxException("Unrecognized escape sequence. (" + i + "): " + s);
                        }
                        try {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw new JsonSyntaxException("Unrecognized escape sequence. (" + i + "): " + s);
                        }
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            }
        }

        /**
         * JavaScriptObjectDeserializer.DeserializeMemberName: a name may also be written without quotes,
         * as a primitive token (letters, digits, '.', '-', '_', '+').
         */
        private String unquotedName() {
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || ".-_+".indexOf(s.charAt(i)) >= 0)) {
                i++;
            }
            if (i == start) {
                throw expected("'\"' or '''");
            }
            return s.substring(start, i);
        }

        private Object primitive() {
            int start = i;
            while (i < s.length() && ",:]}".indexOf(s.charAt(i)) < 0 && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            String token = s.substring(start, i);
            switch (token) {
                case "null" -> {
                    return null;
                }
                case "true" -> {
                    return Boolean.TRUE;
                }
                case "false" -> {
                    return Boolean.FALSE;
                }
                default -> {
                }
            }
            Object n = number(token);
            if (n == null) {
                i = start;
                throw invalid();
            }
            return n;
        }

        /** JavaScriptSerializer's order: Int32, Int64, Decimal (no exponent), then Double. */
        private static Object number(String token) {
            if (!token.matches("-?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                return null;
            }
            boolean exponent = token.indexOf('e') >= 0 || token.indexOf('E') >= 0;
            if (!exponent) {
                if (token.indexOf('.') < 0) {
                    BigInteger n = new BigInteger(token);
                    if (n.bitLength() <= 31) {
                        return n.intValue();
                    }
                    if (n.bitLength() <= 63) {
                        return n.longValue();
                    }
                }
                BigDecimal d = new BigDecimal(token.endsWith(".") ? token + "0" : token);
                if (d.abs().compareTo(NumberParsing.DECIMAL_MAX) <= 0 && d.scale() <= 28) {
                    return d;
                }
            }
            return Double.parseDouble(token);
        }
    }
}
