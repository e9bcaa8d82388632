package io.openecma.powershell.types;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code $obj.PSObject.Properties}: enumerable, indexed by name ({@code ['Name']}, $null when
 * absent) and searchable with {@code Match('pattern')} (wildcards, case-insensitive), as
 * System.Management.Automation.PSMemberInfoCollection is.
 */
public final class PSMemberInfoCollection implements Iterable<Object> {
    private final Object target;
    /** Built on first use: scripts mostly ask one question ({@code Match('Name')}) of a fresh collection. */
    private List<PSPropertyInfo> properties;

    PSMemberInfoCollection(Object target) {
        this.target = target;
    }

    private List<PSPropertyInfo> properties() {
        if (customObject() != null) {
            return propertiesOf(target); // live, as PowerShell's collection reads the members when asked
        }
        if (properties == null) {
            properties = propertiesOf(target);
        }
        return properties;
    }

    /**
     * The members of a PSCustomObject are its note properties alone, unique by name already, so a
     * question about them needs no list of all; null for any other target.
     */
    private PSObject customObject() {
        return LanguagePrimitives.unwrapNull(target) instanceof PSObject o && o.isCustomObject() ? o : null;
    }

    private static List<PSPropertyInfo> propertiesOf(Object target) {
        Map<String, PSPropertyInfo> byName = new LinkedHashMap<>();
        Object t = LanguagePrimitives.unwrapNull(target);
        if (t instanceof PSObject o) {
            for (PSObject.NoteProperty p : o.properties()) {
                byName.putIfAbsent(p.name().toLowerCase(Locale.ROOT), new PSPropertyInfo(o, p.name(), "NoteProperty"));
            }
            if (!o.isCustomObject() && o.baseObject() != null) {
                addReflected(o.baseObject(), o, byName);
            }
        } else if (t instanceof ScriptDefinedValue v && v.jsonView() instanceof Map<?, ?> view) {
            // A script class's visible properties (hidden ones are left out, as PowerShell's adapter does).
            for (Object name : view.keySet()) {
                byName.putIfAbsent(name.toString().toLowerCase(Locale.ROOT), new PSPropertyInfo(t, name.toString(), "Property"));
            }
        } else if (t != null) {
            addReflected(t, t, byName);
        }
        return new ArrayList<>(byName.values());
    }

    /** .NET properties of a registered object: its public getters. */
    private static void addReflected(Object base, Object owner, Map<String, PSPropertyInfo> byName) {
        if (base instanceof Map<?, ?>) {
            return;
        }
        if (!io.openecma.powershell.runtime.ExecutionContext.current().types().isExposed(base.getClass())) {
            addExtensionGetters(base, owner, byName);
            return;
        }
        for (Method m : ClassMembers.of(base.getClass()).methods()) {
            String n = m.getName();
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class
                    && n.startsWith("get") && n.length() > 3) {
                String name = n.substring(3);
                byName.putIfAbsent(name.toLowerCase(Locale.ROOT), new PSPropertyInfo(owner, name, "Property"));
            }
        }
    }

    /**
     * The properties a facade type ({@code [datetime]}, {@code [timespan]}, ...) defines as static
     * {@code getX(T self)} methods, by name: .NET lists DateTime's and TimeSpan's properties alphabetically too.
     */
    private static void addExtensionGetters(Object base, Object owner, Map<String, PSPropertyInfo> byName) {
        PSType type = io.openecma.powershell.runtime.ExecutionContext.current().types().typeOf(base);
        if (type == null || type.extensions() == null) {
            return;
        }
        java.util.TreeSet<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Method m : ClassMembers.of(type.extensions()).methods()) {
            String n = m.getName();
            if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1 && n.startsWith("get") && n.length() > 3
                    && m.getParameterTypes()[0].isInstance(base)) {
                names.add(n.substring(3));
            }
        }
        for (String name : names) {
            byName.putIfAbsent(name.toLowerCase(Locale.ROOT), new PSPropertyInfo(owner, name, "Property"));
        }
    }

    /** The properties whose names match the wildcard pattern. */
    public Object[] Match(String pattern) {
        List<Object> out = new ArrayList<>();
        Wildcard wildcard = Wildcard.compile(pattern == null ? "" : pattern, false);
        PSObject custom = customObject();
        if (custom != null) {
            for (PSObject.NoteProperty p : custom.properties()) {
                if (wildcard.matches(p.name())) {
                    out.add(new PSPropertyInfo(custom, p.name(), "NoteProperty"));
                }
            }
            return out.toArray();
        }
        for (PSPropertyInfo p : properties()) {
            if (wildcard.matches(p.getName())) {
                out.add(p);
            }
        }
        return out.toArray();
    }

    /** {@code ['Name']}: the property, or $null. */
    public Object get_Item(String name) {
        PSObject custom = customObject();
        if (custom != null) {
            for (PSObject.NoteProperty p : custom.properties()) {
                if (p.name().equalsIgnoreCase(name)) {
                    return new PSPropertyInfo(custom, p.name(), "NoteProperty");
                }
            }
            return null;
        }
        for (PSPropertyInfo p : properties()) {
            if (p.getName().equalsIgnoreCase(name)) {
                return p;
            }
        }
        return null;
    }

    /** {@code .Item('Name')}: the indexer called as PowerShell's parameterized property. */
    public Object Item(String name) {
        return get_Item(name);
    }

    @Override
    public Iterator<Object> iterator() {
        return new ArrayList<Object>(properties()).iterator();
    }
}
