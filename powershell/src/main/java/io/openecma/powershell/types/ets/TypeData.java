package io.openecma.powershell.types.ets;

import io.openecma.powershell.types.DotNetDictionary;
import io.openecma.powershell.types.PSType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * System.Management.Automation.Runspaces.TypeData: the extended members, standard members
 * (PSStandardMembers: serialization settings and the default property sets), type converter and
 * type adapter one type gets from a types.ps1xml file or from Update-TypeData. Member names compare
 * case-insensitively; the first spelling is kept.
 */
public final class TypeData {
    /** The names PSStandardMembers may hold (TypeTable.s_standardMembers). */
    static final List<String> STANDARD_NOTES = List.of("SerializationMethod", "TargetTypeForDeserialization",
            "SerializationDepth", "DefaultDisplayProperty", "InheritPropertySerializationSet", "StringSerializationSource");

    private final String typeName;
    private final Map<String, TypeMemberData> members = new LinkedHashMap<>();
    private final Map<String, TypeMemberData> standardMembers = new LinkedHashMap<>();
    private PSType typeConverter;
    private PSType typeAdapter;
    private boolean isOverride;

    public TypeData(String typeName) {
        this.typeName = typeName;
    }

    public String getTypeName() {
        return typeName;
    }

    /** Members by name (Dictionary[string, TypeMemberData]); a copy. */
    public Map<Object, Object> getMembers() {
        DotNetDictionary d = memberDictionary();
        members.values().forEach(m -> d.put(m.getName(), m));
        return d;
    }

    public Map<Object, Object> getStandardMembers() {
        DotNetDictionary d = memberDictionary();
        standardMembers.values().forEach(m -> d.put(m.getName(), m));
        return d;
    }

    private static DotNetDictionary memberDictionary() {
        var types = io.openecma.powershell.runtime.ExecutionContext.current().types();
        return new DotNetDictionary(types.lookup("System.String"), types.lookup("System.Object"));
    }

    public PSType getTypeConverter() {
        return typeConverter;
    }

    public PSType getTypeAdapter() {
        return typeAdapter;
    }

    public boolean getIsOverride() {
        return isOverride;
    }

    public Object getSerializationMethod() {
        return noteValue("SerializationMethod");
    }

    public Object getTargetTypeForDeserialization() {
        return noteValue("TargetTypeForDeserialization");
    }

    public Object getSerializationDepth() {
        return noteValue("SerializationDepth");
    }

    public Object getDefaultDisplayProperty() {
        return noteValue("DefaultDisplayProperty");
    }

    public Object getInheritPropertySerializationSet() {
        return noteValue("InheritPropertySerializationSet");
    }

    public Object getStringSerializationSource() {
        return standardMembers.get(key("StringSerializationSource")) instanceof TypeMemberData.AliasProperty a
                ? a.getReferencedMemberName() : null;
    }

    public Object getDefaultDisplayPropertySet() {
        return standardMembers.get(key("DefaultDisplayPropertySet"));
    }

    public Object getDefaultKeyPropertySet() {
        return standardMembers.get(key("DefaultKeyPropertySet"));
    }

    public Object getPropertySerializationSet() {
        return standardMembers.get(key("PropertySerializationSet"));
    }

    private Object noteValue(String name) {
        return standardMembers.get(key(name)) instanceof TypeMemberData.NoteProperty n ? n.getValue() : null;
    }

    // ------------------------------------------------------------ building (engine side)

    public void setTypeConverter(PSType type) {
        typeConverter = type;
    }

    public void setTypeAdapter(PSType type) {
        typeAdapter = type;
    }

    public void setIsOverride(boolean value) {
        isOverride = value;
    }

    /** Adds (or with {@code replace} replaces) a member; false when one of that name is there already. */
    public boolean putMember(TypeMemberData m, boolean replace) {
        return put(members, m, replace);
    }

    public boolean putStandardMember(TypeMemberData m, boolean replace) {
        return put(standardMembers, m, replace);
    }

    TypeMemberData member(String name) {
        return members.get(key(name));
    }

    TypeMemberData standardMember(String name) {
        return standardMembers.get(key(name));
    }

    Iterable<TypeMemberData> memberList() {
        return members.values();
    }

    Iterable<TypeMemberData> standardMemberList() {
        return standardMembers.values();
    }

    public boolean isEmpty() {
        return members.isEmpty() && standardMembers.isEmpty() && typeConverter == null && typeAdapter == null;
    }

    private static boolean put(Map<String, TypeMemberData> map, TypeMemberData m, boolean replace) {
        String k = key(m.getName());
        if (map.containsKey(k) && !replace) {
            return false;
        }
        map.put(k, m);
        return true;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** A copy to merge into (TypeData.Copy). */
    public TypeData copy() {
        TypeData t = new TypeData(typeName);
        t.members.putAll(members);
        t.standardMembers.putAll(standardMembers);
        t.typeConverter = typeConverter;
        t.typeAdapter = typeAdapter;
        t.isOverride = isOverride;
        return t;
    }

    @Override
    public String toString() {
        return "System.Management.Automation.Runspaces.TypeData";
    }
}
