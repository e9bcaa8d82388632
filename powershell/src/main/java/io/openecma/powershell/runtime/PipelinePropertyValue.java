package io.openecma.powershell.runtime;

import io.openecma.powershell.types.Members;

/**
 * ValueFromPipelineByPropertyName: the input object's property named like the parameter or one
 * of its aliases (Get-Date's -Date takes a file's LastWriteTime), or {@link Members#MISSING}.
 */
final class PipelinePropertyValue {
    private PipelinePropertyValue() {
    }

    static Object of(Object item, ParameterSpec spec) {
        Object v = Members.getProperty(item, spec.name());
        for (int i = 0; v == Members.MISSING && i < spec.aliases().size(); i++) {
            v = Members.getProperty(item, spec.aliases().get(i));
        }
        return v;
    }
}
