package io.openecma.powershell.types.ets;

import io.openecma.powershell.runtime.ScriptBlock;
import io.openecma.powershell.types.PSType;

import java.util.List;

/**
 * One member of a {@link TypeData} (System.Management.Automation.Runspaces.TypeMemberData and its
 * subclasses): what a types.ps1xml file or Update-TypeData -MemberType adds to every object of a type.
 */
public sealed interface TypeMemberData {

    String getName();

    /** NotePropertyData: a fixed value. */
    record NoteProperty(String getName, Object getValue) implements TypeMemberData {
    }

    /** AliasPropertyData: another member's value, converted to {@code getMemberType} when given. */
    record AliasProperty(String getName, String getReferencedMemberName, PSType getMemberType) implements TypeMemberData {
    }

    /** ScriptPropertyData: a getter and/or a setter script with $this the object. */
    record ScriptProperty(String getName, ScriptBlock getGetScriptBlock, ScriptBlock getSetScriptBlock) implements TypeMemberData {
    }

    /** ScriptMethodData. */
    record ScriptMethod(String getName, ScriptBlock getScript) implements TypeMemberData {
    }

    /** PropertySetData: a named list of property names (DefaultDisplayPropertySet and the like). */
    record PropertySet(String getName, List<String> getReferencedProperties) implements TypeMemberData {
    }
}
