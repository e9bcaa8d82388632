package io.openecma.powershell.cmdlets.addtype;

import java.util.HashMap;
import java.util.Map;

/**
 * The members a class's code can name without a qualifier: its own and its C# bases' fields,
 * properties and methods, each with the name the PowerShell class gives it (a backing field
 * reads and writes its property).
 */
final class MemberTable {

    enum Kind { DATA, METHOD }

    record Entry(String psName, boolean isStatic, Kind kind, String ownerType) {
    }

    private final Map<String, Entry> byName = new HashMap<>();
    private final MemberTable base;

    MemberTable(MemberTable base) {
        this.base = base;
    }

    void add(String csName, Entry e) {
        byName.putIfAbsent(csName, e);
    }

    Entry find(String csName) {
        Entry e = byName.get(csName);
        return e != null || base == null ? e : base.find(csName);
    }
}
