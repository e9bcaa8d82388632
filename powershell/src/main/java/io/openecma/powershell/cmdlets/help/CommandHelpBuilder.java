package io.openecma.powershell.cmdlets.help;

import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.runtime.FunctionParameterMetadata.Entry;
import io.openecma.powershell.runtime.PSObject;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The help object of a script command (HelpCommentsParser.BuildXmlFromComments, then
 * MamlCommandHelpInfo): the MAML a comment help block describes, with syntax and parameters from
 * the command's metadata, turned into objects. Without a help block the synopsis is the syntax
 * (DefaultCommandHelpObjectBuilder).
 */
final class CommandHelpBuilder {
    private static final String DEFAULT_PROMPT = "PS C:\\>";

    private final String name;
    private final String category;
    private final CommentHelpText sections;
    private final List<Entry> parameters;
    private final List<String> descriptions;
    private final String source;
    private final boolean advanced;

    /** sections null: no help block; descriptions: one per parameter from its comments; source: the text parameter offsets point into. */
    CommandHelpBuilder(String name, String category, CommentHelpText sections, List<Entry> parameters,
                       List<String> descriptions, String source, boolean advanced) {
        this.name = name;
        this.category = category;
        this.sections = sections;
        this.parameters = parameters;
        this.descriptions = descriptions;
        this.source = source;
        this.advanced = advanced;
    }

    PSObject build() {
        CommentHelpText s = sections == null ? new CommentHelpText() : sections;
        MamlElement command = new MamlElement("command");
        MamlElement details = command.add("details");
        details.add(MamlElement.text("name", name));
        if (s.synopsis != null && !s.synopsis.isEmpty()) {
            details.add(MamlElement.withPara("description", s.synopsis));
        }
        MamlElement syntax = command.add("syntax");
        List<String> sets = parameterSets();
        if (sets.isEmpty()) {
            syntax.add(syntaxItem(null));
        } else {
            for (String set : sets) {
                syntax.add(syntaxItem(set));
            }
        }
        MamlElement params = command.add("parameters");
        for (int i = 0; i < parameters.size(); i++) {
            params.add(parameter(parameters.get(i), description(i, s), null, false));
        }
        if (s.description != null && !s.description.isEmpty()) {
            command.add(MamlElement.withPara("description", s.description));
        }
        if (s.notes != null && !s.notes.isEmpty()) {
            command.add("alertSet").add(MamlElement.withPara("alert", s.notes));
        }
        if (!s.examples.isEmpty()) {
            MamlElement examples = command.add("examples");
            int count = 1;
            for (String example : s.examples) {
                examples.add(example(example, count++));
            }
        }
        if (!s.inputs.isEmpty()) {
            MamlElement inputs = command.add("inputTypes");
            for (String in : s.inputs) {
                inputs.add("inputType").add("type").add(MamlElement.text("name", in));
            }
        }
        if (!s.outputs.isEmpty()) {
            MamlElement outputs = command.add("returnValues");
            for (String out : s.outputs) {
                outputs.add("returnValue").add("type").add(MamlElement.text("name", out));
            }
        }
        if (!s.links.isEmpty()) {
            MamlElement links = command.add("relatedLinks");
            for (String link : s.links) {
                links.add("navigationLink").add(MamlElement.text(isAbsoluteUri(link) ? "uri" : "linkText", link));
            }
        }
        PSObject help = fromMaml(command, name, category, s.component, s.role, s.functionality);
        if (sections == null) {
            help.setProperty("Synopsis", "\r\n" + syntaxText(sets) + "\r\n");
        }
        return help;
    }

    /** The help object of a MAML command element (MamlCommandHelpInfo.Load and HelpInfo.FullHelp). */
    static PSObject fromMaml(MamlElement command, String name, String category, String component, String role,
                             String functionality) {
        PSObject help = (PSObject) MamlObjects.toObject(command);
        help.typeNames().clear();
        help.typeNames().add("MamlCommandHelpInfo");
        help.typeNames().add("HelpInfo");
        help.setProperty("Name", name);
        help.setProperty("Category", category);
        help.setProperty("Synopsis", synopsis(help));
        help.setProperty("Component", component);
        help.setProperty("Role", role);
        help.setProperty("Functionality", functionality);
        help.setProperty("ModuleName", "");
        return help;
    }

    /** The first paragraph of details' description, trimmed (BaseCommandHelpInfo.Synopsis). */
    private static String synopsis(PSObject help) {
        Object details = help.get("details");
        if (details instanceof PSObject d && d.get("description") instanceof Object[] paras && paras.length > 0
                && paras[0] instanceof PSObject p && p.get("Text") != null) {
            return p.get("Text").toString().trim();
        }
        return "";
    }

    private String description(int i, CommentHelpText s) {
        String fromBlock = s.parameters.get(parameters.get(i).declaration().name().toUpperCase(Locale.ROOT));
        if (fromBlock != null) {
            return fromBlock;
        }
        return i < descriptions.size() ? descriptions.get(i) : null;
    }

    /** The named parameter sets in the order met; empty when there are none. */
    private List<String> parameterSets() {
        Set<String> sets = new LinkedHashSet<>();
        for (Entry p : parameters) {
            sets.addAll(p.sets());
        }
        return new ArrayList<>(sets);
    }

    private boolean inSet(Entry p, String set) {
        return set == null || p.sets().isEmpty() || p.sets().contains(set);
    }

    private MamlElement syntaxItem(String set) {
        MamlElement item = new MamlElement("syntaxItem");
        item.add(MamlElement.text("name", name));
        for (int i = 0; i < parameters.size(); i++) {
            Entry p = parameters.get(i);
            if (inSet(p, set)) {
                item.add(parameter(p, description(i, sections == null ? new CommentHelpText() : sections), set, true));
            }
        }
        return item;
    }

    /** One command:parameter element (BuildXmlForParameter). */
    private MamlElement parameter(Entry p, String description, String set, boolean forSyntax) {
        MamlElement e = new MamlElement("parameter");
        e.attr("required", p.mandatory() ? "true" : "false");
        e.attr("globbing", p.attribute("SupportsWildcards") != null ? "true" : "false");
        String pipeline = p.fromPipeline() && p.fromPipelineByName() ? "true (ByValue, ByPropertyName)"
                : p.fromPipeline() ? "true (ByValue)" : p.fromPipelineByName() ? "true (ByPropertyName)" : "false";
        e.attr("pipelineInput", pipeline);
        e.attr("position", p.position() < 0 ? "named" : Integer.toString(p.position() + 1));
        e.add(MamlElement.text("name", p.declaration().name()));
        if (description != null && !description.isEmpty()) {
            e.add(MamlElement.withPara("description", description));
        }
        if (!p.enumNames().isEmpty()) {
            MamlElement group = e.add("parameterValueGroup");
            for (String value : p.enumNames()) {
                group.add(MamlElement.text("parameterValue", value).attr("required", "false"));
            }
        } else if (!forSyntax || !p.isSwitch()) {
            e.add(MamlElement.text("parameterValue", p.typeName()).attr("required", p.isSwitch() ? "false" : "true"));
        }
        if (!forSyntax) {
            e.add("type").add(MamlElement.text("name", p.typeName()));
            e.add(MamlElement.text("defaultValue", defaultValue(p)));
        }
        return e;
    }

    /**
     * [PSDefaultValue(Help=...)] text, else the default value: a constant as its text, any other
     * expression as its source text; without one the type's default (Compiler.TryGetDefaultParameterValue:
     * "" for strings and objects, 0 for numbers, False for bool and switch).
     */
    private String defaultValue(Entry p) {
        if (p.defaultHelp() != null && !p.defaultHelp().isEmpty()) {
            return p.defaultHelp();
        }
        Expression value = p.defaultValue();
        if (value == null) {
            return switch (p.typeName()) {
                case "SwitchParameter", "Boolean" -> "False";
                case "Int32", "Int64", "Int16", "Byte", "SByte", "UInt16", "UInt32", "UInt64", "Double", "Single",
                     "Decimal" -> "0";
                default -> "";
            };
        }
        if (value instanceof Expression.Constant c) {
            return c.value() == null ? "" : io.openecma.powershell.runtime.LanguagePrimitives.toStringValue(c.value());
        }
        if (value instanceof Expression.StringConstant c) {
            return c.value();
        }
        if (source == null || p.declaration().start() < 0) {
            return "";
        }
        String text = source.substring(p.declaration().start(), p.declaration().end());
        Matcher m = Pattern.compile("\\$\\{?" + Pattern.quote(p.declaration().name()) + "\\}?\\s*=\\s*(.*)$",
                Pattern.DOTALL | Pattern.CASE_INSENSITIVE).matcher(text);
        return m.find() ? m.group(1).trim() : "";
    }

    /**
     * An example's prompt, code and remarks as 5.1 splits them (GetExampleSections before
     * PowerShell 6.1's #7255 and 7.0's #10776): the text up to the first '>' is the prompt (else
     * "PS C:\>"), the rest of that line the code, everything after it the remarks.
     */
    private static MamlElement example(String content, int number) {
        MamlElement e = new MamlElement("example");
        e.add(MamlElement.text("title", "\t\t\t\t-------------------------- EXAMPLE " + number + " --------------------------"));
        String prompt = "";
        String code = "";
        String remarks;
        StringBuilder part = new StringBuilder();
        int collecting = 1;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '>' && collecting == 1) {
                part.append(c);
                prompt = part.toString().trim();
                part.setLength(0);
                collecting = 2;
            } else if (c == '\n' && collecting < 3) {
                if (collecting == 1) {
                    prompt = DEFAULT_PROMPT;
                }
                code = part.toString().trim();
                part.setLength(0);
                collecting = 3;
            } else {
                part.append(c);
            }
        }
        if (collecting == 1) {
            prompt = DEFAULT_PROMPT;
            code = part.toString().trim();
            remarks = "";
        } else {
            remarks = part.toString();
        }
        e.add(MamlElement.withPara("introduction", prompt));
        e.add(MamlElement.text("code", code));
        MamlElement r = e.add(MamlElement.withPara("remarks", remarks));
        for (int i = 0; i < 4; i++) {
            r.add(MamlElement.text("para", ""));
        }
        return e;
    }

    private static boolean isAbsoluteUri(String link) {
        try {
            return !link.isEmpty() && new URI(link).isAbsolute();
        } catch (Exception e) {
            return false;
        }
    }

    /** The syntax lines (CommandInfo.Syntax): one per parameter set. */
    String syntaxText(List<String> sets) {
        List<String> lines = new ArrayList<>();
        for (String set : sets.isEmpty() ? java.util.Collections.<String>singletonList(null) : sets) {
            StringBuilder sb = new StringBuilder(name);
            for (Entry p : parameters) {
                if (!inSet(p, set)) {
                    continue;
                }
                String arg = p.isSwitch() ? "" : " <" + p.typeName() + ">";
                String n = p.position() >= 0 ? "[-" + p.declaration().name() + "]" : "-" + p.declaration().name();
                sb.append(' ').append(p.mandatory() ? n + arg : "[" + n + arg + "]");
            }
            if (advanced) {
                sb.append(" [<CommonParameters>]");
            }
            lines.add(sb.toString());
        }
        return String.join("\r\n\r\n", lines);
    }
}
