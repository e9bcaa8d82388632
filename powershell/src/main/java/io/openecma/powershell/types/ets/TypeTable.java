package io.openecma.powershell.types.ets;

import io.openecma.powershell.runtime.ExecutionContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A runspace's type table (TypeTable with InitialSessionState.Types): the ordered entries it was
 * built from (the engine's built-in types, types.ps1xml files, TypeData added or removed by
 * Update-TypeData / Remove-TypeData) and the TypeData per type name they make. Loading files
 * rebuilds the table from all entries, as UpdateTypeDataCommand does; one runspace's table is not
 * another's.
 */
public final class TypeTable {
    private static final Map<ExecutionContext, TypeTable> TABLES = Collections.synchronizedMap(new WeakHashMap<>());
    /** The last context asked for and its table: property reads ask on every access. */
    private static volatile Cached last = new Cached(new java.lang.ref.WeakReference<>(null), null);

    private record Cached(java.lang.ref.WeakReference<ExecutionContext> context, TypeTable table) {
    }

    /** One entry of InitialSessionState.Types. */
    public sealed interface Entry {
        record BuiltIn() implements Entry {
        }

        record File(Path path) implements Entry {
        }

        record Dynamic(TypeData data, boolean remove) implements Entry {
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, TypeData> types = new LinkedHashMap<>();
    /** Matched TypeData per list of type names; cleared on every change. */
    private final Map<List<String>, List<TypeData>> matches = new ConcurrentHashMap<>();

    private TypeTable() {
        entries.add(new Entry.BuiltIn());
        rebuild(new ArrayList<>());
    }

    public static TypeTable of(ExecutionContext context) {
        Cached l = last;
        if (l.context().get() == context) {
            return l.table();
        }
        TypeTable t = TABLES.computeIfAbsent(context, c -> new TypeTable());
        last = new Cached(new java.lang.ref.WeakReference<>(context), t);
        return t;
    }

    /** The entries, in order (for rebuilding with files added or removed). */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Replaces the entries and rebuilds the table from them; the load errors are added to {@code errors}. */
    public synchronized void replaceEntries(List<Entry> newEntries, List<String> errors) {
        entries.clear();
        entries.addAll(newEntries);
        rebuild(errors);
    }

    /**
     * TypeTable.Update(TypeData, errors, isRemove): adds the type's members (an existing member is
     * an error unless the TypeData overrides) or removes the whole type; recorded as an entry when
     * it succeeded.
     */
    public synchronized void update(TypeData data, boolean remove, List<String> errors) {
        int before = errors.size();
        apply(data, remove, errors);
        if (errors.size() == before) {
            entries.add(new Entry.Dynamic(data.copy(), remove));
        }
        matches.clear();
    }

    /** All types by name (GetAllTypeData). */
    public synchronized List<TypeData> all() {
        return List.copyOf(types.values());
    }

    /** The TypeData of the given names that the table has, most derived first. */
    List<TypeData> forTypeNames(List<String> names) {
        List<TypeData> found = matches.get(names);
        if (found == null) {
            synchronized (this) {
                List<TypeData> list = new ArrayList<>();
                for (String n : names) {
                    TypeData t = types.get(n.toLowerCase(Locale.ROOT));
                    if (t != null) {
                        list.add(t);
                    }
                }
                found = List.copyOf(list);
            }
            matches.put(List.copyOf(names), found);
        }
        return found;
    }

    private void rebuild(List<String> errors) {
        types.clear();
        for (Entry e : entries) {
            if (e instanceof Entry.BuiltIn) {
                BuiltInTypes.all().forEach(t -> apply(t, false, errors));
            } else if (e instanceof Entry.File f) {
                for (TypeData t : TypesFileReader.read(f.path(), errors)) {
                    apply(t, false, errors, f.path());
                }
            } else if (e instanceof Entry.Dynamic d) {
                apply(d.data(), d.remove(), errors);
            }
        }
        matches.clear();
    }

    private void apply(TypeData data, boolean remove, List<String> errors) {
        apply(data, remove, errors, null);
    }

    private void apply(TypeData data, boolean remove, List<String> errors, Path file) {
        String key = data.getTypeName().toLowerCase(Locale.ROOT);
        if (remove) {
            if (types.remove(key) == null) {
                typeError(errors, data, "The type \"" + data.getTypeName() + "\" was not found. The type name value must be the "
                        + "full name of the type. Verify the type name and run the command again.");
            }
            return;
        }
        if (data.isEmpty() && file == null) {
            typeError(errors, data, "The TypeData must have \"Members\", \"TypeConverters\", \"TypeAdapters\" or \"StandardMembers\".");
            return;
        }
        TypeData target = types.computeIfAbsent(key, k -> new TypeData(data.getTypeName()));
        for (TypeMemberData m : data.memberList()) {
            if (!target.putMember(m, data.getIsOverride())) {
                duplicate(errors, data, m, file);
            }
        }
        for (TypeMemberData m : data.standardMemberList()) {
            if (!target.putStandardMember(m, data.getIsOverride())) {
                duplicate(errors, data, m, file);
            }
        }
        if (data.getTypeConverter() != null) {
            target.setTypeConverter(data.getTypeConverter());
        }
        if (data.getTypeAdapter() != null) {
            target.setTypeAdapter(data.getTypeAdapter());
        }
    }

    private static void duplicate(List<String> errors, TypeData data, TypeMemberData m, Path file) {
        String message = "The member " + m.getName() + " is already present.";
        if (file != null) {
            errors.add(file + ", " + file + " : Error in type \"" + data.getTypeName() + "\": " + message);
        } else {
            typeError(errors, data, message);
        }
    }

    /** TypesXmlStrings.TypeDataTypeError. */
    private static void typeError(List<String> errors, TypeData data, String message) {
        errors.add("Error in TypeData \"" + data.getTypeName() + "\": " + message);
    }
}
