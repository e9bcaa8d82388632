package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.DateTimeFormat;
import io.openecma.powershell.dotnet.DotNetCulture;
import io.openecma.powershell.dotnet.DotNetDateTime;
import io.openecma.powershell.dotnet.NumberFormat;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.types.TypeRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns Export-Csv / ConvertTo-Csv take from an object and how each value becomes text:
 * 5.1 calls the value's ToString(), so numbers and dates use the current culture (en-US here)
 * and collections print their type name ("System.Object[]"). A hashtable exports its own
 * properties (IsReadOnly, Keys, Count, ...), as it does in 5.1.
 */
final class CsvObjects {
    private CsvObjects() {
    }

    /** Property name to value, in order. */
    static Map<String, Object> properties(Object value) {
        Object v = LanguagePrimitives.unwrapNull(value);
        Map<String, Object> props = new LinkedHashMap<>();
        if (v instanceof PSObject o) {
            for (PSObject.NoteProperty p : o.properties()) {
                props.put(p.name(), p.value());
            }
            if (!o.isCustomObject()) {
                Map<String, Object> base = properties(o.baseObject());
                base.forEach(props::putIfAbsent);
            }
            return props;
        }
        if (v instanceof Map<?, ?> m) {
            props.put("IsReadOnly", false);
            props.put("IsFixedSize", false);
            props.put("IsSynchronized", false);
            props.put("Keys", "System.Collections.Hashtable+KeyCollection");
            props.put("Values", "System.Collections.Hashtable+ValueCollection");
            props.put("SyncRoot", "System.Object");
            props.put("Count", m.size());
            return props;
        }
        if (v instanceof String s) {
            props.put("Length", s.length());
            return props;
        }
        if (v != null) {
            // any other object: its .NET properties, as PSObject.Properties lists them
            for (Object p : new io.openecma.powershell.types.Members.PSObjectView(v).getProperties()) {
                io.openecma.powershell.types.PSPropertyInfo info = (io.openecma.powershell.types.PSPropertyInfo) p;
                props.putIfAbsent(info.getName(), info.getValue());
            }
        }
        return props;
    }

    /**
     * The #TYPE line (ExportCsvHelper.WriteTypeInformation): the first type name without the "CSV:"
     * prefix Import-Csv adds, or a bare "#TYPE" when the object has no type names left.
     */
    static String typeLine(Object value) {
        Object v = LanguagePrimitives.unwrapNull(value);
        if (v instanceof PSObject o && o.isCustomObject() && o.typeNames().isEmpty()) {
            return "#TYPE";
        }
        String type = typeName(value);
        if (type.regionMatches(true, 0, "CSV:", 0, 4)) {
            type = type.substring(4);
        }
        return "#TYPE " + type;
    }

    /** The #TYPE name of an object. */
    static String typeName(Object value) {
        Object v = LanguagePrimitives.unwrapNull(value);
        if (v instanceof PSObject o && !o.typeNames().isEmpty()) {
            return o.typeNames().get(0);
        }
        if (v instanceof PSHashtable) {
            return "System.Collections.Hashtable";
        }
        return v == null ? "System.Object" : TypeRegistry.typeNameOf(LanguagePrimitives.base(v));
    }

    /** A value's ToString() text, or null for $null. */
    static String text(Object value) {
        Object v = LanguagePrimitives.base(value);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return NumberFormat.toString(n, DotNetCulture.EN_US);
        }
        if (v instanceof DotNetDateTime dt) {
            return DateTimeFormat.format(dt, null, DotNetCulture.EN_US, CmdletArguments.localZone());
        }
        if (v.getClass().isArray() || v instanceof List<?>) {
            return TypeRegistry.typeNameOf(v);
        }
        return LanguagePrimitives.toStringValue(v);
    }

    /** One CSV row for {@code value} under the given columns. */
    static List<String> row(Object value, List<String> columns) {
        Map<String, Object> props = properties(value);
        Map<String, Object> byLowerName = new LinkedHashMap<>();
        props.forEach((k, v) -> byLowerName.put(k.toLowerCase(), v));
        List<String> row = new ArrayList<>();
        for (String column : columns) {
            row.add(text(byLowerName.get(column.toLowerCase())));
        }
        return row;
    }
}
