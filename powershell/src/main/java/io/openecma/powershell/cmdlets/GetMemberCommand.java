package io.openecma.powershell.cmdlets;

import io.openecma.powershell.cmdlets.results.MemberDefinition;
import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.InstanceMembers;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.types.Members;
import io.openecma.powershell.types.TypeRegistry;
import io.openecma.powershell.types.ets.ExtendedMembers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Get-Member (GetMemberCommand): for each input object whose first type name was not shown yet, its
 * members as MemberDefinition (TypeName, Name, MemberType, Definition), sorted by member type and
 * then name. Extended members are the object's instance members and its type-table members; adapted
 * ones are its .NET properties and the methods every .NET object has (Equals, GetHashCode, GetType,
 * ToString; the type's other methods are not listed). No object at all is NoObjectInGetMember.
 */
final class GetMemberCommand implements Cmdlet {
    /** The System.Object methods, as PSMethod's definitions show them. */
    private static final String[][] OBJECT_METHODS = {
            {"Equals", "bool Equals(System.Object obj)"}, {"GetHashCode", "int GetHashCode()"},
            {"GetType", "type GetType()"}, {"ToString", "string ToString()"}};

    private final Set<String> shown = new HashSet<>();

    static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Get-Member", GetMemberCommand::new,
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.positional("Name", "string[]", 0), ParameterSpec.named("MemberType", "string[]")
                        .withAliases("Type"), ParameterSpec.named("View", "string[]"),
                ParameterSpec.switchParameter("Force"), ParameterSpec.switchParameter("Static")));
    }

    @Override
    public void process(CommandContext c) {
        Object item = c.expectingInput() ? c.currentInput() : c.parameter("InputObject");
        item = LanguagePrimitives.unwrapNull(item);
        if (item == null) {
            return;
        }
        List<String> typeNames = ExtendedMembers.typeNames(item);
        String typeName = typeNames.isEmpty() ? TypeRegistry.typeNameOf(item) : typeNames.get(0);
        if (!shown.add(typeName.toLowerCase(Locale.ROOT))) {
            return;
        }
        if (c.switchPresent("Static")) {
            return; // static members are not listed
        }
        MemberTypeFilter filter = MemberTypeFilter.parse(c.parameter("MemberType"));
        if (filter == null) {
            throw c.terminatingError("System.Management.Automation.ParameterBindingException", "Cannot bind parameter 'MemberType'. Cannot convert value \""
                    + LanguagePrimitives.toStringValue(c.parameter("MemberType")) + "\" to type \"System.Management.Automation.PSMemberTypes\".",
                    "CannotConvertArgumentNoMessage", "InvalidArgument");
        }
        Set<String> view = views(c);
        List<MemberDefinition> members = new ArrayList<>();
        Set<String> names = new HashSet<>();
        if (view.contains("extended")) {
            instanceMembers(item, typeName, members, names);
            for (ExtendedMembers.Listed m : ExtendedMembers.list(item)) {
                add(members, names, new MemberDefinition(typeName, m.name(), m.memberType(), m.definition()));
            }
        }
        boolean custom = item instanceof PSObject o && o.isCustomObject();
        if (view.contains("adapted") || view.contains("base")) {
            if (!custom) {
                Object base = item instanceof PSObject o ? o.baseObject() : item;
                List<String> listed = new ArrayList<>(propertyNames(base));
                if (c.switchPresent("Force") && base instanceof io.openecma.powershell.types.ScriptDefinedValue v) {
                    listed.addAll(v.hiddenPropertyNames()); // -Force lists hidden class members too (GetMemberCommand)
                }
                for (String name : listed) {
                    Object value = Members.getProperty(base, name);
                    String type = value == Members.MISSING || value == null ? "System.Object" : TypeRegistry.typeNameOf(value);
                    add(members, names, new MemberDefinition(typeName, name, "Property", type + " " + name + " {get;}"));
                }
            }
            for (String[] m : OBJECT_METHODS) {
                add(members, names, new MemberDefinition(typeName, m[0], "Method", m[1]));
            }
        }
        List<Wildcard> patterns = new ArrayList<>();
        for (Object p : c.parameter("Name") == null ? List.<Object>of("*") : LanguagePrimitives.toList(c.parameter("Name"))) {
            patterns.add(Wildcard.compile(LanguagePrimitives.toStringValue(p), false));
        }
        members.stream()
                .filter(m -> filter.accepts(m.getMemberType()) && patterns.stream().anyMatch(w -> w.matches(m.getName())))
                .sorted(Comparator.comparing(MemberDefinition::getMemberType, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(MemberDefinition::getName, String.CASE_INSENSITIVE_ORDER))
                .forEach(c::writeObject);
    }

    @Override
    public void end(CommandContext c) {
        if (shown.isEmpty()) {
            c.writeError("System.InvalidOperationException", "You must specify an object for the Get-Member cmdlet.",
                    "NoObjectInGetMember", "CloseError", null);
        }
    }

    /** -View (PSMemberViewTypes): Adapted and Extended unless given; All is all three. */
    private static Set<String> views(CommandContext c) {
        Set<String> out = new HashSet<>();
        if (c.parameter("View") == null) {
            out.add("adapted");
            out.add("extended");
            return out;
        }
        for (Object v : LanguagePrimitives.toList(c.parameter("View"))) {
            for (String part : LanguagePrimitives.toStringValue(v).split(",")) {
                String p = part.trim().toLowerCase(Locale.ROOT);
                if (p.equals("all")) {
                    out.addAll(List.of("adapted", "extended", "base"));
                } else {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** Members Add-Member or a PSObject carries: notes, aliases, script properties and methods. */
    private static void instanceMembers(Object item, String typeName, List<MemberDefinition> out, Set<String> names) {
        PSObject holder = item instanceof PSObject o ? o : InstanceMembers.of(item);
        if (holder == null) {
            return;
        }
        for (PSObject.NoteProperty p : holder.properties()) {
            Object v = p.value();
            String kind;
            String definition;
            if (v instanceof PSObject.ScriptMember sm) {
                kind = sm.method() ? "ScriptMethod" : "ScriptProperty";
                definition = sm.method() ? "System.Object " + p.name() + "();"
                        : "System.Object " + p.name() + " {get=" + sm.block() + ";" + (sm.setter() == null ? "" : "set=" + sm.setter() + ";") + "}";
            } else if (v instanceof PSObject.AliasMember a) {
                kind = "AliasProperty";
                definition = p.name() + " = " + a.referencedName();
            } else {
                kind = "NoteProperty";
                definition = (v == null ? "System.Object" : TypeRegistry.typeNameOf(v)) + " " + p.name() + "=" + LanguagePrimitives.toStringValue(v);
            }
            add(out, names, new MemberDefinition(typeName, p.name(), kind, definition));
        }
    }

    /** A script class instance's visible properties; else the registered type's getters. */
    private static List<String> propertyNames(Object base) {
        if (base instanceof io.openecma.powershell.types.ScriptDefinedValue v && v.jsonView() instanceof java.util.Map<?, ?> m) {
            return m.keySet().stream().map(LanguagePrimitives::toStringValue).toList();
        }
        return PropertyExpression.propertyNames(base);
    }

    private static void add(List<MemberDefinition> out, Set<String> names, MemberDefinition m) {
        if (names.add(m.getName().toLowerCase(Locale.ROOT))) {
            out.add(m);
        }
    }
}
