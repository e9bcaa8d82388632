package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.JsonText;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How engine values look to {@link JsonText}: PSCustomObjects as their note properties, wrapped
 * objects as their base, enums as numbers, TimeSpan as its properties (as 5.1 serializes it), and
 * anything too deep as its PowerShell string form.
 */
public final class JsonObjectModel implements JsonText.ObjectModel {
    public static final JsonObjectModel INSTANCE = new JsonObjectModel();

    private JsonObjectModel() {
    }

    @Override
    public Object describe(Object value) {
        Object v = LanguagePrimitives.unwrapNull(value);
        if (v instanceof PSObject o) {
            if (!o.isCustomObject()) {
                return LanguagePrimitives.base(o);
            }
            Map<String, Object> props = new LinkedHashMap<>();
            for (PSObject.NoteProperty p : o.properties()) {
                props.put(p.name(), p.value());
            }
            return props;
        }
        if (v instanceof java.time.DayOfWeek d) {
            return d.getValue() % 7;
        }
        if (v instanceof Enum<?> e) {
            return e.ordinal();
        }
        if (v instanceof Duration d) {
            return timeSpan(d);
        }
        return LanguagePrimitives.toStringValue(v);
    }

    @Override
    public String truncatedText(Object value) {
        return LanguagePrimitives.toStringValue(value);
    }

    private static Map<String, Object> timeSpan(Duration d) {
        long ticks = d.getSeconds() * 10_000_000L + d.getNano() / 100;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Ticks", ticks);
        m.put("Days", (int) (ticks / 864_000_000_000L));
        m.put("Hours", (int) (ticks / 36_000_000_000L % 24));
        m.put("Milliseconds", (int) (ticks / 10_000L % 1000));
        m.put("Minutes", (int) (ticks / 600_000_000L % 60));
        m.put("Seconds", (int) (ticks / 10_000_000L % 60));
        m.put("TotalDays", ticks / 864_000_000_000.0);
        m.put("TotalHours", ticks / 36_000_000_000.0);
        m.put("TotalMilliseconds", ticks / 10_000.0);
        m.put("TotalMinutes", ticks / 600_000_000.0);
        m.put("TotalSeconds", ticks / 10_000_000.0);
        return m;
    }
}
