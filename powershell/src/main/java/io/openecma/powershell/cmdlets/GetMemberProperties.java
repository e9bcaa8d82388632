package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.types.TypeRegistry;
import io.openecma.powershell.types.Members;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Get-Member's Property entries for a .NET object (not a custom PSObject): one MemberInfo per
 * readable property, ordered by name as Get-Member sorts them; written when -MemberType is not
 * given or names Property. With -Static nothing is listed (static members are not).
 */
final class GetMemberProperties {

    private GetMemberProperties() {
    }

    static void write(CommandContext c, Object item) {
        if (c.isBound("Static")) {
            return; // static members are not listed
        }
        if (c.isBound("MemberType")) {
            String wanted = LanguagePrimitives.toStringValue(c.parameter("MemberType")).toLowerCase(Locale.ROOT);
            if (!wanted.contains("propert") && !wanted.equals("all")) {
                return;
            }
        }
        List<String> names = new ArrayList<>(PropertyExpression.propertyNames(item));
        if (c.isBound("Force") && LanguagePrimitives.base(item) instanceof io.openecma.powershell.types.ScriptDefinedValue v) {
            names.addAll(v.hiddenPropertyNames()); // -Force: hidden members too (GetMemberCommand)
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        List<io.openecma.powershell.dotnet.Wildcard> wanted = new ArrayList<>();
        if (c.isBound("Name")) {
            for (Object n : LanguagePrimitives.toList(c.parameter("Name"))) {
                wanted.add(io.openecma.powershell.dotnet.Wildcard.compile(LanguagePrimitives.toStringValue(n), false));
            }
        }
        for (String name : names) {
            if (!wanted.isEmpty() && wanted.stream().noneMatch(w -> w.matches(name))) {
                continue;
            }
            PSObject info = new PSObject();
            info.setProperty("Name", name);
            info.setProperty("MemberType", "Property");
            Object value = Members.getProperty(item, name);
            String type = value == Members.MISSING || value == null ? "System.Object" : TypeRegistry.typeNameOf(value);
            info.setProperty("Definition", type + " " + name + " {get;}");
            c.writeObject(info);
        }
    }
}
