package io.openecma.powershell.cmdlets.results;

import io.openecma.powershell.runtime.LanguagePrimitives;

import io.openecma.powershell.types.DotNetList;

import java.util.ArrayList;
import java.util.List;

/** Microsoft.PowerShell.Commands.GroupInfo: one group of Group-Object (Values are the grouping keys). */
public final class GroupInfo {
    private final String name;
    private final DotNetList values = new DotNetList(null);
    private final DotNetList group = new DotNetList(null);
    private final boolean noElement;

    public GroupInfo(String name, List<Object> values, boolean noElement) {
        this.name = name;
        this.values.addAll(values);
        this.noElement = noElement;
    }

    public void add(Object item) {
        group.add(item);
    }

    public String getName() {
        return name;
    }

    public int getCount() {
        return group.size();
    }

    /** With -NoElement the group is empty ($null), as in 5.1. (5.1's type is Collection[PSObject]; this is an ArrayList.) */
    public List<Object> getGroup() {
        return noElement ? null : group;
    }

    public List<Object> getValues() {
        return values;
    }

    /** The members, also with -NoElement (for -AsHashTable). */
    public List<Object> members() {
        return group;
    }

    @Override
    public String toString() {
        return "Microsoft.PowerShell.Commands.GroupInfo";
    }

    /** 5.1 joins the key values with ", " for the name. */
    public static String nameOf(List<Object> values) {
        List<String> parts = new ArrayList<>();
        for (Object v : values) {
            parts.add(v == null ? "" : LanguagePrimitives.toStringValue(v));
        }
        return String.join(", ", parts);
    }
}
