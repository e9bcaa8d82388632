package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.AutomationNull;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.types.Members;
import io.openecma.powershell.types.web.WebUtilityStatics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ConvertTo-Html as Windows PowerShell 5.1 writes it (ConvertToHtmlCommand): one string per line;
 * the page head (XHTML 1.0 Strict doctype, title or -Head, -CssUri link), -Body, -PreContent,
 * {@code <table>}, then per object a row (Table, header and colgroup from the first object) or
 * name/value rows (List, a {@code <hr>} row between objects), {@code </table>}, -PostContent and
 * the page end. Cell values are the value's ToString(), HTML-encoded. -Meta, -Charset and
 * -Transitional are PowerShell 6.0 (#4184) and not offered.
 */
final class ConvertToHtmlCommand implements Cmdlet {
    private static final String DOCTYPE = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"  "
            + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">";
    private static final List<String> PAGE_ONLY = List.of("Body", "Head", "Title", "CssUri");

    private List<HtmlColumnSpec> columns;
    private List<HtmlColumnSpec> resolved;
    private boolean list;
    private boolean fragment;
    private boolean headerWritten;
    private int objects;

    static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("ConvertTo-Html", ConvertToHtmlCommand::new,
                ParameterSpec.named("InputObject", "psobject").fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.positional("Property", "object[]", 0),
                ParameterSpec.positional("Body", "string[]", 3),
                ParameterSpec.positional("Head", "string[]", 1),
                ParameterSpec.positional("Title", "string", 2),
                ParameterSpec.named("As", "string"),
                ParameterSpec.named("CssUri", "uri").withAliases("cu", "uri"),
                ParameterSpec.switchParameter("Fragment"),
                ParameterSpec.named("PostContent", "string[]"),
                ParameterSpec.named("PreContent", "string[]")));
    }

    @Override
    public void begin(CommandContext c) {
        fragment = c.switchPresent("Fragment");
        if (fragment && PAGE_ONLY.stream().anyMatch(c::isBound)) {
            throw bindingError(c, "Parameter set cannot be resolved using the specified named parameters.", "AmbiguousParameterSet");
        }
        for (String name : List.of("Title", "As", "CssUri", "PostContent", "PreContent")) {
            notNullOrEmpty(c, name);
        }
        String as = c.isBound("As") ? LanguagePrimitives.toStringValue(c.parameter("As")) : "Table";
        if (!as.equalsIgnoreCase("Table") && !as.equalsIgnoreCase("List")) {
            throw bindingError(c, "Cannot validate argument on parameter 'As'. The argument \"" + as + "\" does not belong to the set "
                    + "\"Table,List\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the "
                    + "command again.", "ParameterArgumentValidationError");
        }
        list = as.equalsIgnoreCase("List");
        columns = new ArrayList<>();
        Object property = c.parameter("Property");
        for (Object p : property == null ? List.<Object>of("*") : LanguagePrimitives.toList(property)) {
            columns.add(HtmlColumnSpec.parse(c, p));
        }
        if (!fragment) {
            c.writeObject(DOCTYPE);
            c.writeObject("<html xmlns=\"http://www.w3.org/1999/xhtml\">");
            c.writeObject("<head>");
            if (c.isBound("Head") && c.parameter("Head") != null) {
                writeLines(c, "Head");
            } else {
                String title = c.isBound("Title") ? LanguagePrimitives.toStringValue(c.parameter("Title")) : "HTML TABLE";
                c.writeObject("<title>" + title + "</title>");
            }
            if (c.isBound("CssUri")) {
                c.writeObject("<link rel=\"stylesheet\" type=\"text/css\" href=\"" + LanguagePrimitives.toStringValue(c.parameter("CssUri"))
                        + "\" />");
            }
            c.writeObject("</head><body>");
            writeLines(c, "Body");
        }
        writeLines(c, "PreContent");
        c.writeObject("<table>");
    }

    @Override
    public void process(CommandContext c) {
        Object input = c.parameter("InputObject");
        if (input == null || input instanceof AutomationNull) {
            return;
        }
        objects++;
        if (!headerWritten) {
            // List re-resolves the names for every object; Table once, from the first one.
            resolved = resolve(input);
            if (resolved.isEmpty()) {
                return;
            }
            if (list) {
                if (objects > 1) {
                    c.writeObject("<tr><td><hr></td></tr>");
                }
                for (HtmlColumnSpec col : resolved) {
                    c.writeObject("<tr><td>" + col.header() + ":</td><td>" + cell(c, col, input) + "</td></tr>");
                }
            } else {
                c.writeObject(colgroup());
                StringBuilder th = new StringBuilder("<tr>");
                resolved.forEach(col -> th.append("<th>").append(col.header()).append("</th>"));
                c.writeObject(th.append("</tr>").toString());
                headerWritten = true;
            }
        }
        if (!list) {
            StringBuilder tr = new StringBuilder("<tr>");
            for (HtmlColumnSpec col : resolved) {
                tr.append("<td>").append(cell(c, col, input)).append("</td>");
            }
            c.writeObject(tr.append("</tr>").toString());
        }
    }

    @Override
    public void end(CommandContext c) {
        c.writeObject("</table>");
        writeLines(c, "PostContent");
        if (!fragment) {
            c.writeObject("</body></html>");
        }
    }

    /** A wildcard that matches several properties becomes one column each; one match keeps the pattern. */
    private List<HtmlColumnSpec> resolve(Object input) {
        List<HtmlColumnSpec> out = new ArrayList<>();
        for (HtmlColumnSpec col : columns) {
            List<PropertyExpression> names = col.expression().resolve(input);
            if (names.size() == 1) {
                out.add(col);
            } else {
                names.forEach(n -> out.add(col.withExpression(n)));
            }
        }
        return out;
    }

    private String colgroup() {
        StringBuilder s = new StringBuilder("<colgroup>");
        for (HtmlColumnSpec col : resolved) {
            s.append("<col");
            if (col.width() != null) {
                s.append(" width = \"").append(col.width()).append('"');
            }
            if (col.alignment() != null) {
                s.append(" align = \"").append(col.alignment()).append('"');
            }
            s.append("/>");
        }
        return s.append("</colgroup>").toString();
    }

    /** The values of the column's expression on the object, each ToString() and HTML-encoded, joined by ", ". */
    private static String cell(CommandContext c, HtmlColumnSpec col, Object input) {
        List<String> parts = new ArrayList<>();
        for (PropertyExpression e : col.expression().resolve(input)) {
            Object v = e.value(c, input);
            parts.add(v == null || v == Members.MISSING ? "" : WebUtilityStatics.HtmlEncode(safeToString(v)));
        }
        return String.join(", ", parts);
    }

    /** .NET's ToString() of the value (an array is "System.Object[]"); one that throws counts as empty. */
    private static String safeToString(Object v) {
        try {
            return LanguagePrimitives.toStringValue(Members.invoke(v, "ToString", List.of()));
        } catch (PSRuntimeException e) {
            return "";
        }
    }

    private static void writeLines(CommandContext c, String parameter) {
        Object v = c.parameter(parameter);
        if (v != null) {
            for (Object line : LanguagePrimitives.toList(v)) {
                c.writeObject(LanguagePrimitives.toStringValue(line));
            }
        }
    }

    private static void notNullOrEmpty(CommandContext c, String name) {
        if (!c.isBound(name)) {
            return;
        }
        Object v = LanguagePrimitives.base(c.parameter(name));
        boolean empty = v == null || "".equals(v)
                || LanguagePrimitives.isEnumerable(v) && LanguagePrimitives.count(v) == 0;
        if (empty) {
            throw bindingError(c, "Cannot validate argument on parameter '" + name + "'. The argument is null or empty. Provide an "
                    + "argument that is not null or empty, and then try the command again.", "ParameterArgumentValidationError");
        }
    }

    private static PSRuntimeException bindingError(CommandContext c, String message, String id) {
        boolean validation = id.equals("ParameterArgumentValidationError");
        String type = validation ? "System.Management.Automation.ParameterBindingValidationException"
                : "System.Management.Automation.ParameterBindingException";
        return c.terminatingError(type, message, id, validation ? "InvalidData" : "InvalidArgument");
    }
}
