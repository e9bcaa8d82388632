package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.cmdlets.results.MatchInfo;
import io.openecma.powershell.cmdlets.results.MatchInfoContext;
import io.openecma.powershell.dotnet.DotNetRegex;
import io.openecma.powershell.dotnet.DotNetRegexException;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.types.RegexValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Select-String with 5.1's parameters (MatchString.cs): regular expressions (case-insensitive
 * unless -CaseSensitive) or -SimpleMatch text, over piped strings (each one a "line" of the
 * InputStream) or the lines of -Path/-LiteralPath files; -NotMatch, -AllMatches, -List, -Quiet,
 * -Context. Context lines are taken as they are (5.1 also trims context shared by adjacent matches).
 */
final class SelectStringCmdlets {
    private SelectStringCmdlets() {
    }

    static List<CmdletDefinition> definitions() {
        return List.of(CmdletDefinition.of("Select-String", SelectString::new,
                ParameterSpec.positional("Pattern", "string[]", 0).asMandatory(),
                ParameterSpec.positional("Path", "string[]", 1).fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath"),
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.switchParameter("SimpleMatch"), ParameterSpec.switchParameter("CaseSensitive"),
                ParameterSpec.switchParameter("Quiet"), ParameterSpec.switchParameter("List"),
                ParameterSpec.named("Include", "string[]"), ParameterSpec.named("Exclude", "string[]"),
                ParameterSpec.switchParameter("NotMatch"), ParameterSpec.switchParameter("AllMatches"),
                ParameterSpec.named("Encoding", "string"), ParameterSpec.named("Context", "int[]"))
                .withAliases("sls"));
    }

    /** One line and where it came from. */
    private record Line(String text, int number, String path, boolean fromFile) {
    }

    static final class SelectString implements Cmdlet {
        private final List<Line> piped = new ArrayList<>();
        private List<String> patterns;
        private boolean done;

        @Override
        public void begin(CommandContext ctx) {
            patterns = CmdletArguments.strings(ctx, "Pattern");
            if (!ctx.switchPresent("SimpleMatch")) {
                // Invalid patterns fail before any input is read, as in 5.1.
                int options = ctx.switchPresent("CaseSensitive") ? 0 : DotNetRegex.IGNORE_CASE;
                for (String p : patterns) {
                    try {
                        DotNetRegex.compile(p, options);
                    } catch (DotNetRegexException e) {
                        throw ctx.terminatingError("System.ArgumentException", e.getMessage(), "InvalidRegex", "InvalidArgument");
                    }
                }
            }
        }

        @Override
        public void process(CommandContext ctx) {
            if (done) {
                return;
            }
            List<String> paths = CmdletArguments.strings(ctx, ctx.isBound("LiteralPath") ? "LiteralPath" : "Path");
            if (!paths.isEmpty()) {
                files(ctx, paths, ctx.isBound("LiteralPath"));
                return;
            }
            if (!ctx.expectingInput() && !ctx.isBound("InputObject")) {
                return;
            }
            Object input = ctx.expectingInput() ? ctx.currentInput() : ctx.parameter("InputObject");
            Object b = LanguagePrimitives.base(input);
            String text = b == null ? "" : b instanceof MatchInfo m ? m.getLine() : LanguagePrimitives.toStringValue(b);
            piped.add(new Line(text, piped.size() + 1, "InputStream", false));
        }

        @Override
        public void end(CommandContext ctx) {
            if (!done && !piped.isEmpty()) {
                search(ctx, piped, false);
            }
        }

        private void files(CommandContext ctx, List<String> paths, boolean literal) {
            boolean any = false;
            for (String p : paths) {
                for (Path file : ScriptPaths.expand(ctx, p, literal)) {
                    if (Files.isDirectory(file) || !included(ctx, file.getFileName().toString())) {
                        continue;
                    }
                    if (!Files.exists(file)) {
                        ScriptPaths.notFound(ctx, p, "SelectStringCommand");
                        continue;
                    }
                    List<String> texts = FileText.lines(FileText.read(file, CmdletArguments.encoding(ctx, FileEncodings.UTF8)));
                    List<Line> lines = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        lines.add(new Line(texts.get(i), i + 1, file.toString(), true));
                    }
                    any |= search(ctx, lines, true);
                    if (done) {
                        return;
                    }
                }
            }
            if (ctx.switchPresent("Quiet") && !any && !ctx.switchPresent("List")) {
                ctx.writeObject(false);
            }
        }

        private static boolean included(CommandContext ctx, String name) {
            List<String> include = CmdletArguments.strings(ctx, "Include");
            List<String> exclude = CmdletArguments.strings(ctx, "Exclude");
            boolean in = include.isEmpty() || include.stream().anyMatch(p ->
                    io.openecma.powershell.dotnet.Wildcard.compile(p, false).matches(name));
            return in && exclude.stream().noneMatch(p -> io.openecma.powershell.dotnet.Wildcard.compile(p, false).matches(name));
        }

        /** Searches one file's (or the pipeline's) lines; true when something matched. */
        private boolean search(CommandContext ctx, List<Line> lines, boolean file) {
            List<Integer> context = new ArrayList<>();
            if (ctx.isBound("Context")) {
                LanguagePrimitives.toList(ctx.parameter("Context")).forEach(n -> context.add(LanguagePrimitives.toNumber(n).intValue()));
            }
            int before = context.isEmpty() ? 0 : context.get(0);
            int after = context.isEmpty() ? 0 : context.size() > 1 ? context.get(1) : context.get(0);
            boolean any = false;
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                MatchInfo m = match(ctx, line, lines, i, before, after, ctx.isBound("Context"));
                if (m == null) {
                    continue;
                }
                any = true;
                if (ctx.switchPresent("Quiet")) {
                    ctx.writeObject(true);
                    done = true;
                    return true;
                }
                ctx.writeObject(m);
                if (ctx.switchPresent("List")) {
                    return true;
                }
            }
            return any;
        }

        private MatchInfo match(CommandContext ctx, Line line, List<Line> lines, int index, int before, int after,
                                boolean withContext) {
            boolean cs = ctx.switchPresent("CaseSensitive");
            for (int p = 0; p < patterns.size(); p++) {
                Object[] found = find(ctx, p, line.text(), cs);
                boolean matched = found.length > 0;
                if (matched != ctx.switchPresent("NotMatch")) {
                    if (ctx.switchPresent("NotMatch") && p < patterns.size() - 1) {
                        continue;
                    }
                    MatchInfoContext context = null;
                    if (withContext) {
                        List<String> pre = new ArrayList<>();
                        for (int k = Math.max(0, index - before); k < index; k++) {
                            pre.add(lines.get(k).text());
                        }
                        List<String> post = new ArrayList<>();
                        for (int k = index + 1; k < Math.min(lines.size(), index + 1 + after); k++) {
                            post.add(lines.get(k).text());
                        }
                        context = new MatchInfoContext(pre, post);
                    }
                    return new MatchInfo(!cs, line.number(), line.text(), line.path(), line.fromFile(),
                            ctx.switchPresent("NotMatch") ? patterns.get(patterns.size() - 1) : patterns.get(p),
                            ctx.switchPresent("NotMatch") ? new Object[0] : found, context);
                }
                if (ctx.switchPresent("NotMatch")) {
                    return null;
                }
            }
            return null;
        }

        /** The matches of pattern {@code p} in the text: all with -AllMatches, else the first. */
        private Object[] find(CommandContext ctx, int p, String text, boolean cs) {
            if (ctx.switchPresent("SimpleMatch")) {
                String pattern = patterns.get(p);
                int at = cs ? text.indexOf(pattern) : text.toLowerCase(Locale.ROOT).indexOf(pattern.toLowerCase(Locale.ROOT));
                if (at < 0) {
                    return new Object[0];
                }
                RegexValue literal = new RegexValue(text.substring(at, at + pattern.length()).replaceAll("[\\\\.^$|?*+()\\[\\]{}#\\s-]", "\\\\$0"), 0);
                return new Object[] {literal.Match(text)};
            }
            RegexValue regex = new RegexValue(patterns.get(p), cs ? 0 : DotNetRegex.IGNORE_CASE);
            if (!regex.IsMatch(text)) {
                return new Object[0];
            }
            return ctx.switchPresent("AllMatches") ? regex.Matches(text) : new Object[] {regex.Match(text)};
        }
    }
}
