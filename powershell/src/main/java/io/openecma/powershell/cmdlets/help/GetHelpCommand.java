package io.openecma.powershell.cmdlets.help;

import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.ast.Parameter;
import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.FunctionInfo;
import io.openecma.powershell.runtime.FunctionParameterMetadata;
import io.openecma.powershell.runtime.FunctionParameterMetadata.Entry;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.ParameterSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Get-Help for the session's own commands (HelpCommands.cs GetHelpCommand with the script
 * command help provider): a function's or script's comment-based help, following
 * .FORWARDHELPTARGETNAME; a command without help (and every cmdlet: the engine carries no MAML
 * help files) gets the help made from its metadata, its synopsis being its syntax.
 * -Component, -Role and -Functionality keep only help whose field matches. Help topics (about_*),
 * provider help, -Online and -ShowWindow are not supported.
 */
public final class GetHelpCommand {
    private static final String NOT_FOUND = "Get-Help could not find %s in a help file in this session. To download "
            + "updated help topics type: \"Update-Help\". To get help online, search for the help topic in the TechNet "
            + "library at https://go.microsoft.com/fwlink/?LinkID=107116.";

    private GetHelpCommand() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Get-Help", () -> GetHelpCommand::getHelp,
                ParameterSpec.positional("Name", "string", 0),
                ParameterSpec.named("Path", "string"), ParameterSpec.named("Category", "string[]"),
                ParameterSpec.named("Component", "string[]"), ParameterSpec.named("Functionality", "string[]"),
                ParameterSpec.named("Role", "string[]"), ParameterSpec.switchParameter("Full"),
                ParameterSpec.switchParameter("Detailed"), ParameterSpec.switchParameter("Examples"),
                ParameterSpec.named("Parameter", "string"), ParameterSpec.switchParameter("Online"),
                ParameterSpec.switchParameter("ShowWindow")));
    }

    private static void getHelp(CommandContext c) {
        String name = c.parameter("Name") == null ? "default" : LanguagePrimitives.toStringValue(c.parameter("Name"));
        PSObject help = find(c, name, 0);
        if (help == null || !matches(c, "Component", help.get("Component"))
                || !matches(c, "Role", help.get("Role")) || !matches(c, "Functionality", help.get("Functionality"))) {
            c.writeError("System.Management.Automation.HelpNotFoundException", String.format(NOT_FOUND, name),
                    "HelpNotFound", "ResourceUnavailable", name);
            return;
        }
        c.writeObject(help);
    }

    /** -Component, -Role, -Functionality: the help's field must match one of the patterns. */
    private static boolean matches(CommandContext c, String parameter, Object value) {
        if (!c.isBound(parameter) || c.parameter(parameter) == null) {
            return true;
        }
        String text = value == null ? "" : value.toString();
        for (Object p : LanguagePrimitives.toList(c.parameter(parameter))) {
            if (io.openecma.powershell.dotnet.Wildcard.compile(LanguagePrimitives.toStringValue(p), false).matches(text)) {
                return true;
            }
        }
        return false;
    }

    /** The help of the command or script file called name; depth bounds forwarding loops. */
    static PSObject find(CommandContext c, String name, int depth) {
        FunctionInfo function = function(c, name);
        if (function != null) {
            List<Parameter> declared = !function.parameters().isEmpty() ? function.parameters() : function.body().parameters();
            return scriptHelp(c, function.name(), function.filter() ? "Filter" : "Function", function.body(), declared, depth);
        }
        String alias = aliasTarget(c, name);
        if (alias != null && depth < 8) {
            return find(c, alias, depth + 1);
        }
        var cmdlet = ((CommandContextImpl) c).interpreter().context().cmdlets().find(name);
        if (cmdlet.isPresent()) {
            return cmdletHelp(cmdlet.get());
        }
        Path file = scriptFile(c, name);
        if (file != null) {
            ScriptSource source = ScriptSource.fromFile(file);
            ScriptBlockBody body = Parser.parseScript(source.fileName(), source.text());
            return scriptHelp(c, file.toString(), "ExternalScript", body, body.parameters(), depth);
        }
        return null;
    }

    private static PSObject scriptHelp(CommandContext c, String name, String category, ScriptBlockBody body,
                                       List<Parameter> declared, int depth) {
        List<Entry> parameters = FunctionParameterMetadata.of(c, declared);
        HelpCommentLocator.Found found = HelpCommentLocator.locate(body, declared);
        CommentHelpText sections = null;
        if (found != null) {
            sections = new CommentHelpText();
            sections.analyze(found.comments());
            String target = sections.forwardHelpTargetName;
            if (target != null && !target.isEmpty() && depth < 8) {
                PSObject forwarded = find(c, target, depth + 1);
                if (forwarded != null) {
                    return forwarded;
                }
            }
            if (sections.externalHelp != null) {
                PSObject external = externalHelp(c, name, category, body, sections);
                if (external != null) {
                    return external;
                }
                if (found.comments().size() == 1) {
                    sections = null;  // only a help file was named and it is not there: help from the metadata
                }
            }
        }
        String source = body.helpSite() == null ? null : body.helpSite().source();
        return new CommandHelpBuilder(name, category, sections, parameters,
                found == null ? List.of() : found.parameterDescriptions(), source, body.isAdvanced()).build();
    }

    private static PSObject externalHelp(CommandContext c, String name, String category, ScriptBlockBody body,
                                         CommentHelpText sections) {
        var interp = ((CommandContextImpl) c).interpreter();
        String culture = LanguagePrimitives.toStringValue(interp.getVariableOrNull("PSUICulture"));
        Path file = ExternalHelpFile.locate(interp.context().fileSystem(), body.position() == null ? null
                : body.position().file(), sections.externalHelp, culture.isEmpty() ? "en-US" : culture);
        MamlElement command = file == null ? null : ExternalHelpFile.command(file, name);
        return command == null ? null : CommandHelpBuilder.fromMaml(command, name, category, sections.component,
                sections.role, sections.functionality);
    }

    /** A cmdlet's help from its definition (DefaultCommandHelpObjectBuilder): no MAML files are shipped. */
    private static PSObject cmdletHelp(CmdletDefinition d) {
        List<Entry> parameters = new ArrayList<>();
        for (ParameterSpec p : d.parameters()) {
            Parameter declaration = new Parameter(p.name(), List.of(), null, null);
            String type = p.isSwitch() ? "SwitchParameter" : shortName(p.typeName());
            boolean byValue = p.pipeline() == ParameterSpec.PipelineInput.BY_VALUE
                    || p.pipeline() == ParameterSpec.PipelineInput.BY_VALUE_AND_PROPERTY_NAME;
            boolean byName = p.pipeline() == ParameterSpec.PipelineInput.BY_PROPERTY_NAME
                    || p.pipeline() == ParameterSpec.PipelineInput.BY_VALUE_AND_PROPERTY_NAME;
            parameters.add(new Entry(declaration, type, List.of(), p.isSwitch(), p.mandatory(), p.position(), List.of(),
                    byValue, byName, null, null));
        }
        return new CommandHelpBuilder(d.name(), "Cmdlet", null, parameters, List.of(), null, true).build();
    }

    private static String shortName(String typeName) {
        if (typeName == null || typeName.isEmpty()) {
            return "Object";
        }
        String n = typeName.substring(typeName.lastIndexOf('.') + 1);
        return n.isEmpty() ? "Object" : Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private static FunctionInfo function(CommandContext c, String name) {
        return ((CommandContextImpl) c).callerScope().findFunction(name);
    }

    private static String aliasTarget(CommandContext c, String name) {
        var alias = io.openecma.powershell.cmdlets.AliasCmdlets.definitionOf(c, name);
        return alias;
    }

    private static Path scriptFile(CommandContext c, String name) {
        try {
            Path file = ((CommandContextImpl) c).interpreter().context().fileSystem().resolve(name);
            return Files.isRegularFile(file) ? file.toAbsolutePath() : null;
        } catch (RuntimeException e) {
            return null;  // a name outside the reachable roots is no script file here
        }
    }
}
