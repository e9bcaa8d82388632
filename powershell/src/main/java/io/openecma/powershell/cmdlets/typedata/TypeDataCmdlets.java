package io.openecma.powershell.cmdlets.typedata;

import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;

/** Registers Update-TypeData, Remove-TypeData and Get-TypeData with 5.1's parameters. */
public final class TypeDataCmdlets {
    private TypeDataCmdlets() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Update-TypeData", UpdateTypeDataCommand::new,
                ParameterSpec.positional("AppendPath", "object[]", 0).fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME)
                        .withAliases("PSPath", "Path"),
                ParameterSpec.named("PrependPath", "string[]"),
                ParameterSpec.named("MemberType", "string"), ParameterSpec.named("MemberName", "string"),
                ParameterSpec.named("Value", "object"), ParameterSpec.named("SecondValue", "object"),
                ParameterSpec.named("TypeConverter", "object"), ParameterSpec.named("TypeAdapter", "object"),
                ParameterSpec.named("SerializationMethod", "string"), ParameterSpec.named("TargetTypeForDeserialization", "object"),
                ParameterSpec.named("SerializationDepth", "int"), ParameterSpec.named("DefaultDisplayProperty", "string"),
                ParameterSpec.named("InheritPropertySerializationSet", "object"),
                ParameterSpec.named("StringSerializationSource", "string"),
                ParameterSpec.named("DefaultDisplayPropertySet", "string[]"), ParameterSpec.named("DefaultKeyPropertySet", "string[]"),
                ParameterSpec.named("PropertySerializationSet", "string[]"), ParameterSpec.named("TypeName", "object"),
                ParameterSpec.switchParameter("Force"), ParameterSpec.named("TypeData", "object[]")));
        r.register(CmdletDefinition.of("Remove-TypeData", RemoveTypeDataCommand::new,
                ParameterSpec.positional("TypeName", "object", 0).fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                ParameterSpec.named("Path", "string[]"), ParameterSpec.named("TypeData", "object")));
        r.register(CmdletDefinition.of("Get-TypeData", GetTypeDataCommand::new,
                ParameterSpec.positional("TypeName", "string[]", 0).fromPipeline(PipelineInput.BY_VALUE)));
    }
}
