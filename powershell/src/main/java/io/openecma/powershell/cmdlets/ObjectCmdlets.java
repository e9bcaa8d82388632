package io.openecma.powershell.cmdlets;

import io.openecma.powershell.parser.TypeNames;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.types.Members;
import io.openecma.powershell.types.PSType;

import java.util.List;
import java.util.Map;

/** New-Object, Add-Member and Get-Member. */
public final class ObjectCmdlets {

    private ObjectCmdlets() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("New-Object", () -> ObjectCmdlets::newObject,
                ParameterSpec.positional("TypeName", "string", 0), ParameterSpec.positional("ArgumentList", "object[]", 1)
                        .withAliases("Args"), ParameterSpec.named("Property", "hashtable"),
                ParameterSpec.named("ComObject", "string"), ParameterSpec.switchParameter("Strict")));
        AddMemberCommand.register(r);
        GetMemberCommand.register(r);
    }

    private static void newObject(CommandContext c) {
        var interp = ((CommandContextImpl) c).interpreter();
        String name = LanguagePrimitives.toStringValue(c.parameter("TypeName"));
        PSType type;
        try {
            type = interp.context().types().resolve(TypeNames.parse(name, interp.position()));
        } catch (io.openecma.powershell.runtime.PSRuntimeException e) {
            if (!"AmbiguousTypeReference".equals(e.errorId())) {
                throw e;
            }
            // The cmdlet reports it as its own error (AmbiguousTypeReference,...NewObjectCommand).
            throw c.terminatingError("System.Management.Automation.PSArgumentException", e.getMessage(),
                    "AmbiguousTypeReference", "InvalidArgument");
        }
        if (type == null) {
            throw c.terminatingError("System.Management.Automation.PSArgumentException",
                    "Cannot find type [" + name + "]: verify that the assembly containing this type is loaded.",
                    "TypeNotFound", "InvalidType");
        }
        if (type.fullName().equals("System.Management.Automation.PSCustomObject") && !name.strip().equalsIgnoreCase("pscustomobject")) {
            // PSCustomObject has no public constructor (NewObjectStrings.CannotFindAppropriateCtor); the
            // [pscustomobject] accelerator names PSObject, which New-Object does create
            throw c.terminatingError("System.Management.Automation.PSArgumentException", "A constructor was not found. "
                    + "Cannot find an appropriate constructor for type " + name + ".", "CannotFindAppropriateCtor",
                    "ObjectNotFound");
        }
        List<Object> args = c.isBound("ArgumentList") ? LanguagePrimitives.toList(c.parameter("ArgumentList")) : List.of();
        Object created;
        if (type.fullName().equals("System.Object") || type.fullName().equals("System.Management.Automation.PSObject")) {
            created = new PSObject();
        } else {
            created = construct(c, type, args);
        }
        if (c.parameter("Property") instanceof Map<?, ?> props) {
            for (Map.Entry<?, ?> e : props.entrySet()) {
                String prop = LanguagePrimitives.toStringValue(e.getKey());
                if (created instanceof PSObject o && o.isCustomObject() && !o.hasProperty(prop)) {
                    o.setProperty(prop, e.getValue());
                } else {
                    Members.setProperty(created, prop, e.getValue());
                }
            }
        }
        c.writeObject(created);
    }

    /**
     * NewObjectCommand: a constructor that cannot be chosen or that throws (a MethodException) ends the
     * command as ConstructorInvokedThrowException, keeping the exception's type and message.
     */
    private static Object construct(CommandContext c, PSType type, List<Object> args) {
        try {
            return Members.construct(type, args);
        } catch (io.openecma.powershell.runtime.PSRuntimeException e) {
            String t = e.typeName();
            if (!t.equals("System.Management.Automation.MethodException")
                    && !t.equals("System.Management.Automation.MethodInvocationException")) {
                throw e;
            }
            throw c.terminatingError(t, e.getMessage(), "ConstructorInvokedThrowException", "InvalidOperation");
        }
    }
}
