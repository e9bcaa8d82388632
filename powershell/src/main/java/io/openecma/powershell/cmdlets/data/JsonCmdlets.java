package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.JsonText;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.runtime.PSObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** ConvertTo-Json and ConvertFrom-Json with Windows PowerShell 5.1's text rules. */
final class JsonCmdlets {
    private JsonCmdlets() {
    }

    static List<CmdletDefinition> definitions() {
        return List.of(
                CmdletDefinition.of("ConvertTo-Json", ConvertToJson::new,
                        ParameterSpec.positional("InputObject", "object", 0).asMandatory()
                                .fromPipeline(PipelineInput.BY_VALUE).allowing(ParameterSpec.Allow.NULL),
                        ParameterSpec.named("Depth", "int"),
                        ParameterSpec.switchParameter("Compress")),
                CmdletDefinition.of("ConvertFrom-Json", ConvertFromJson::new,
                        ParameterSpec.positional("InputObject", "string", 0).asMandatory()
                                .fromPipeline(PipelineInput.BY_VALUE).allowing(ParameterSpec.Allow.EMPTY_STRING)));
    }

    /** Pipeline input is gathered; several objects become one JSON array, one stays itself. */
    static final class ConvertToJson implements Cmdlet {
        private final List<Object> items = new ArrayList<>();

        @Override
        public void process(CommandContext ctx) {
            items.add(ctx.parameter("InputObject"));
        }

        @Override
        public void end(CommandContext ctx) {
            if (items.isEmpty()) {
                return;
            }
            Object value = items.size() == 1 ? items.get(0) : items;
            Integer depth = CmdletArguments.integer(ctx, "Depth");
            ctx.writeObject(JsonText.toJson(value, depth == null ? JsonText.DEFAULT_DEPTH : depth,
                    ctx.switchPresent("Compress"), io.openecma.powershell.runtime.JsonText.MODEL, CmdletArguments.localZone()));
        }
    }

    /**
     * 5.1 gathers the input strings; if the first one alone is JSON each is converted separately,
     * otherwise all of them joined by newlines are one document. An array comes out as one object.
     */
    static final class ConvertFromJson implements Cmdlet {
        private final List<String> texts = new ArrayList<>();

        @Override
        public void process(CommandContext ctx) {
            String s = CmdletArguments.string(ctx, "InputObject");
            if (s != null) {
                texts.add(s);
            }
        }

        @Override
        public void end(CommandContext ctx) {
            if (texts.isEmpty()) {
                return;
            }
            if (texts.size() > 1) {
                Object first;
                try {
                    first = JsonText.parse(texts.get(0));
                } catch (JsonText.JsonSyntaxException e) {
                    emit(ctx, parse(ctx, String.join("\n", texts)));
                    return;
                }
                emit(ctx, first);
                for (String text : texts.subList(1, texts.size())) {
                    emit(ctx, parse(ctx, text));
                }
                return;
            }
            emit(ctx, parse(ctx, texts.get(0)));
        }

        private static Object parse(CommandContext ctx, String text) {
            try {
                return JsonText.parse(text);
            } catch (JsonText.JsonSyntaxException e) {
                throw ctx.terminatingError("System.ArgumentException", e.getMessage(),
                        "System.ArgumentException,Microsoft.PowerShell.Commands.ConvertFromJsonCommand", "ParserError");
            }
        }

        private static void emit(CommandContext ctx, Object tree) {
            ctx.writeObject(toPowerShell(ctx, tree));
        }
    }

    /** The neutral JSON tree as script values: PSCustomObjects and object[] arrays. */
    static Object toPowerShell(CommandContext ctx, Object tree) {
        if (tree instanceof Map<?, ?> map) {
            PSObject o = new PSObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String name = (String) e.getKey();
                if (name.isEmpty()) {
                    throw ctx.terminatingError("System.Management.Automation.PSArgumentException",
                            "Cannot process argument because the value of argument \"name\" is not valid. Change the "
                                    + "value of the \"name\" argument and run the operation again.",
                            "Argument,Microsoft.PowerShell.Commands.ConvertFromJsonCommand", "InvalidArgument");
                }
                o.addNoteProperty(name, toPowerShell(ctx, e.getValue()));
            }
            return o;
        }
        if (tree instanceof List<?> list) {
            Object[] array = new Object[list.size()];
            for (int k = 0; k < array.length; k++) {
                array[k] = toPowerShell(ctx, list.get(k));
            }
            return array;
        }
        return tree;
    }
}
