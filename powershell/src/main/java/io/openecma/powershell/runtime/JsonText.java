package io.openecma.powershell.runtime;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one object model of the JSON writer (ConvertTo-Json, Invoke-RestMethod bodies and the
 * runner's output): custom objects as their note properties, wrapped objects as their base,
 * registered objects as their readable properties, enums as numbers and TimeSpan as its
 * properties (as Windows PowerShell 5.1 writes them), other values as their string form.
 */
public final class JsonText implements io.openecma.powershell.dotnet.JsonText.ObjectModel {

    public static final JsonText MODEL = new JsonText();

    private JsonText() {
    }

    public static String compress(Object value, int depth) {
        return io.openecma.powershell.dotnet.JsonText.toJson(LanguagePrimitives.unwrapNull(value), depth, true, MODEL,
                ZoneId.systemDefault());
    }

    public static String toJson(Object value, int depth, boolean compress) {
        return io.openecma.powershell.dotnet.JsonText.toJson(LanguagePrimitives.unwrapNull(value), depth, compress, MODEL,
                ZoneId.systemDefault());
    }

    @Override
    public Object describe(Object value) {
        if (value instanceof io.openecma.powershell.dotnet.DotNetDateTime || value instanceof java.util.UUID
                || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character) {
            // The base of a wrapped scalar: the writer knows these as they are.
            return value;
        }
        if (value instanceof PSObject o) {
            if (!o.isCustomObject()) {
                Object base = o.baseObject();
                return base instanceof Map || base instanceof Iterable || base != null && base.getClass().isArray()
                        ? base : describe(base);
            }
            return propertyValues(o);
        }
        if (value instanceof io.openecma.powershell.types.UriValue uri) {
            // JavaScriptSerializer writes a Uri as its string (5.1's ProcessValue passes it through).
            return uri.getOriginalString();
        }
        if ("System.DBNull".equals(io.openecma.powershell.types.TypeRegistry.typeNameOf(value))) {
            // JavaScriptSerializer writes DBNull.Value as null.
            return null;
        }
        if (value instanceof io.openecma.powershell.types.ScriptDefinedValue v) {
            return v.jsonView();
        }
        if (value instanceof java.time.DayOfWeek d) {
            return d.getValue() % 7;
        }
        if (value instanceof io.openecma.powershell.types.DotNetEnum d) {
            return d.value();
        }
        if (value instanceof Enum<?> e) {
            return e.ordinal();
        }
        if (value instanceof java.time.Duration d) {
            return timeSpan(d);
        }
        if (value instanceof AutomationNull) {
            return null;
        }
        ExecutionContext ctx = ExecutionContext.currentOrNull();
        boolean exposed = ctx != null ? ctx.types().isExposed(value.getClass())
                : io.openecma.powershell.types.TypeRegistry.isHostType(value.getClass());
        if (exposed && !(value instanceof Throwable)) {
            Map<String, Object> props = new LinkedHashMap<>();
            for (Method m : value.getClass().getMethods()) {
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class
                        && m.getName().startsWith("get") && m.getName().length() > 3) {
                    try {
                        props.put(m.getName().substring(3), m.invoke(value));
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        // A getter that fails is left out, as ConvertTo-Json skips unreadable properties.
                    }
                }
            }
            return props;
        }
        return LanguagePrimitives.toStringValue(value);
    }

    /** Only a wrapped (not custom) object carries extended properties of its own. */
    @Override
    public Map<String, Object> extendedProperties(Object value) {
        if (value instanceof PSObject o && !o.isCustomObject() && !o.properties().isEmpty()) {
            return propertyValues(o);
        }
        return Map.of();
    }

    /**
     * The object's note, script and alias properties with their values (ScriptMethods are no
     * properties); a getter that throws gives null, as 5.1's AppendPsProperties catches it.
     */
    private static Map<String, Object> propertyValues(PSObject o) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (PSObject.NoteProperty p : o.properties()) {
            Object v = p.value();
            if (v instanceof PSObject.ScriptMember sm && sm.method()) {
                continue;
            }
            if (v instanceof PSObject.ScriptMember || v instanceof PSObject.AliasMember) {
                try {
                    ExecutionContext ctx = ExecutionContext.currentOrNull();
                    v = ctx == null ? null : ctx.interpreter().getMember(o, p.name());
                } catch (PSRuntimeException e) {
                    v = null;
                }
                if (v == io.openecma.powershell.types.Members.MISSING) {
                    v = null;
                }
            }
            props.put(p.name(), v);
        }
        return props;
    }

    @Override
    public String truncatedText(Object value) {
        return LanguagePrimitives.toStringValue(value);
    }

    private static Map<String, Object> timeSpan(java.time.Duration d) {
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
