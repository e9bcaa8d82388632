package io.openecma.powershell.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A PowerShell object with note properties: {@code [PSCustomObject]@{...}}, {@code New-Object PSObject},
 * Select-Object results, and any object Add-Member decorated. {@code baseObject} is null for a
 * custom object; otherwise the wrapped value whose own members stay reachable.
 */
public final class PSObject {

    /**
     * A ScriptProperty (getter {@code block}, optional {@code setter}) or ScriptMethod added with
     * Add-Member; $this is the object. A setter-only property has a null getter.
     */
    public record ScriptMember(ScriptBlock block, boolean method, ScriptBlock setter) {
        public ScriptMember(ScriptBlock block, boolean method) {
            this(block, method, null);
        }
    }

    /** An AliasProperty: reads (and writes) the member it names, converted to {@code type} when one is given. */
    public record AliasMember(String referencedName, io.openecma.powershell.types.PSType type) {
    }

    private static final NoteProperty[] NONE = new NoteProperty[0];

    /** The names and their slots, shared with objects that got the same names in the same order. */
    private PropertyLayout layout = PropertyLayout.EMPTY;
    /** The properties by slot of {@link #layout}; longer than the layout while it may still grow. */
    private NoteProperty[] slots = NONE;
    /** Made on first use: most objects (one per CSV row) are never asked for their type names. */
    private List<String> typeNames;
    private final boolean customTypeNames;
    private final Object baseObject;

    /** One note property; the name keeps the spelling it was created with. */
    public static final class NoteProperty {
        private final String name;
        private Object value;

        NoteProperty(String name, Object value) {
            this.name = name;
            this.value = value;
        }

        public String name() {
            return name;
        }

        public Object value() {
            return value;
        }

        public void setValue(Object value) {
            this.value = value;
        }
    }

    public PSObject() {
        this(null, true);
    }

    public PSObject(Object baseObject) {
        this(baseObject, false);
    }

    private PSObject(Object baseObject, boolean customTypeNames) {
        this.baseObject = baseObject;
        this.customTypeNames = customTypeNames;
    }

    public static PSObject customObject(Map<?, ?> properties) {
        PSObject o = new PSObject();
        properties.forEach((k, v) -> o.addNoteProperty(String.valueOf(k), v));
        return o;
    }

    /** A PSCustomObject with these properties, one per slot of a shared layout (a literal's shape). */
    static PSObject withLayout(PropertyLayout layout, NoteProperty[] slots) {
        PSObject o = new PSObject();
        o.layout = layout;
        o.slots = slots;
        return o;
    }

    /** The wrapped value, or null for a PSCustomObject. */
    public Object baseObject() {
        return baseObject;
    }

    public boolean isCustomObject() {
        return baseObject == null;
    }

    public List<String> typeNames() {
        if (typeNames == null) {
            typeNames = new ArrayList<>();
            if (customTypeNames) {
                typeNames.add("System.Management.Automation.PSCustomObject");
                typeNames.add("System.Object");
            }
        }
        return typeNames;
    }

    public NoteProperty property(String name) {
        int slot = layout.indexOf(FoldedNames.fold(name));
        return slot < 0 ? null : slots[slot];
    }

    public boolean hasProperty(String name) {
        return layout.indexOf(FoldedNames.fold(name)) >= 0;
    }

    public Object get(String name) {
        NoteProperty p = property(name);
        return p == null ? null : p.value();
    }

    /** Adds a note property; an existing name is an error as in Add-Member without -Force. */
    public void addNoteProperty(String name, Object value) {
        String key = FoldedNames.fold(name);
        if (layout.indexOf(key) >= 0) {
            throw new PSRuntimeException("InvalidOperationException",
                    "Cannot add a member with the name \"" + name + "\" because a member with that name already exists. "
                            + "To overwrite the member anyway, add the Force parameter to your command.");
        }
        append(key, new NoteProperty(name, value));
    }

    private void append(String key, NoteProperty property) {
        PropertyLayout next = layout.with(key);
        int slot = next.size() - 1;
        if (slot >= slots.length) {
            slots = java.util.Arrays.copyOf(slots, Math.max(next.expectedSize(), Math.max(slot + 1, slots.length * 2)));
        }
        slots[slot] = property;
        layout = next;
    }

    /** Sets a note property, creating it if absent (Add-Member -Force, Select-Object). */
    public void setProperty(String name, Object value) {
        NoteProperty p = property(name);
        if (p == null) {
            append(FoldedNames.fold(name), new NoteProperty(name, value));
        } else {
            p.setValue(value);
        }
    }

    public void removeProperty(String name) {
        int slot = layout.indexOf(FoldedNames.fold(name));
        if (slot < 0) {
            return;
        }
        int size = layout.size();
        NoteProperty[] kept = java.util.Arrays.copyOf(slots, slots.length);
        System.arraycopy(slots, slot + 1, kept, slot, size - slot - 1);
        kept[size - 1] = null;
        layout = layout.without(slot);
        slots = kept;
    }

    /** The note properties in the order they were added (a read-only view). */
    public Collection<NoteProperty> properties() {
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(slots).subList(0, layout.size()));
    }

    @Override
    public String toString() {
        if (baseObject != null) {
            return LanguagePrimitives.toStringValue(baseObject);
        }
        // PSCustomObject.ToString() is empty; string expansion uses the @{a=1; b=2} form (see LanguagePrimitives).
        return "";
    }
}
