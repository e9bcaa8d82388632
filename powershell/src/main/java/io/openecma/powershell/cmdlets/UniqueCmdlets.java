package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.types.TypeRegistry;

/**
 * Get-Unique as in 5.1 (GetUnique.cs): drops an object equal to the one just before it (the
 * input is expected sorted). Comparison is case-sensitive; -AsString compares the strings,
 * -OnType the type names. (-CaseInsensitive is PowerShell 7 only.)
 */
public final class UniqueCmdlets {
    private UniqueCmdlets() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Get-Unique", Unique::new,
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.switchParameter("AsString"), ParameterSpec.switchParameter("OnType")).withAliases("gu"));
    }

    private static final class Unique implements Cmdlet {
        private boolean first = true;
        private Object last;

        @Override
        public void process(CommandContext c) {
            if (!c.expectingInput() && !c.isBound("InputObject")) {
                return;
            }
            Object item = c.expectingInput() ? c.currentInput() : c.parameter("InputObject");
            boolean unique = first;
            if (!first) {
                if (c.switchPresent("AsString")) {
                    unique = !text(item).equals(text(last));
                } else if (c.switchPresent("OnType")) {
                    unique = !TypeRegistry.typeNameOf(LanguagePrimitives.base(item))
                            .equals(TypeRegistry.typeNameOf(LanguagePrimitives.base(last)));
                } else {
                    unique = ObjectComparer.compare(item, last, true) != 0;
                }
            }
            first = false;
            last = item;
            if (unique) {
                c.writeObject(item);
            }
        }

        private static String text(Object o) {
            return o == null ? "" : LanguagePrimitives.toStringValue(o);
        }
    }
}
