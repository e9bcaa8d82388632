package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.xml.XmlDom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ConvertTo-Xml (Microsoft.PowerShell.Commands.ConvertToXmlCommand): -As Document (an XmlDocument,
 * whitespace dropped as XmlDocument.Load does), String (indented text) or Stream (the declaration,
 * {@code <Objects>}, one string per object, {@code </Objects>}); -Depth defaults to 1.
 */
final class ConvertToXmlCmdlet implements Cmdlet {
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    private final List<String> objects = new ArrayList<>();
    private String as;
    private int depth;
    private boolean noType;

    static CmdletDefinition definition() {
        return CmdletDefinition.of("ConvertTo-Xml", ConvertToXmlCmdlet::new,
                ParameterSpec.positional("InputObject", "object", 0).asMandatory().fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.named("Depth", "int"),
                ParameterSpec.switchParameter("NoTypeInformation"),
                ParameterSpec.named("As", "string"));
    }

    @Override
    public void begin(CommandContext ctx) {
        as = ctx.isBound("As") ? LanguagePrimitives.toStringValue(ctx.parameter("As")) : "Document";
        if (!List.of("stream", "string", "document").contains(as.toLowerCase(Locale.ROOT))) {
            throw ctx.terminatingError("System.Management.Automation.ParameterBindingValidationException",
                    "Cannot validate argument on parameter 'As'. The argument \"" + as + "\" does not belong to the set "
                            + "\"Stream,String,Document\" specified by the ValidateSet attribute. Supply an argument that is in the "
                            + "set and then try the command again.", "ParameterArgumentValidationError", "InvalidData");
        }
        as = as.toLowerCase(Locale.ROOT);
        depth = 1;
        if (ctx.isBound("Depth")) {
            depth = LanguagePrimitives.toNumber(LanguagePrimitives.base(ctx.parameter("Depth"))).intValue();
            if (depth < 1) {
                throw ctx.terminatingError("System.Management.Automation.ParameterBindingValidationException",
                        "Cannot validate argument on parameter 'Depth'. The " + depth + " argument is less than the minimum "
                                + "allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the "
                                + "command again.", "ParameterArgumentValidationError", "InvalidData");
            }
        }
        noType = ctx.switchPresent("NoTypeInformation");
        if (as.equals("stream")) {
            ctx.writeObject(DECLARATION);
            ctx.writeObject("<Objects>");
        }
    }

    @Override
    public void process(CommandContext ctx) {
        Object input = ctx.parameter("InputObject");
        if (as.equals("stream")) {
            ctx.writeObject(new CustomXmlSerializer(noType, true).serialize(input, depth, 0));
        } else {
            objects.add(new CustomXmlSerializer(noType, as.equals("string")).serialize(input, depth, 1));
        }
    }

    @Override
    public void end(CommandContext ctx) {
        if (as.equals("stream")) {
            ctx.writeObject("</Objects>");
            return;
        }
        if (as.equals("string")) {
            StringBuilder s = new StringBuilder(DECLARATION).append("\r\n<Objects");
            if (objects.isEmpty()) {
                ctx.writeObject(s.append(" />").toString());
                return;
            }
            s.append('>');
            objects.forEach(o -> s.append("\r\n").append(o));
            ctx.writeObject(s.append("\r\n</Objects>").toString());
            return;
        }
        String body = objects.isEmpty() ? "<Objects />" : "<Objects>" + String.join("", objects) + "</Objects>";
        ctx.writeObject(XmlDom.parse(DECLARATION + body));
    }
}
