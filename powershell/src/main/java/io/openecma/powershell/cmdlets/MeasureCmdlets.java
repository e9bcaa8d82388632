package io.openecma.powershell.cmdlets;

import io.openecma.powershell.cmdlets.results.GenericMeasureInfo;
import io.openecma.powershell.cmdlets.results.GenericObjectMeasureInfo;
import io.openecma.powershell.cmdlets.results.MeasureInfo;
import io.openecma.powershell.cmdlets.results.TextMeasureInfo;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.types.Members;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measure-Object as in 5.1 (Microsoft.PowerShell.Commands.Utility, Measure-Object.cs): counts and
 * numeric statistics (GenericMeasureInfo, or GenericObjectMeasureInfo when -Maximum/-Minimum meet
 * non-numbers) or text counts (TextMeasureInfo), for the objects or for each -Property.
 */
public final class MeasureCmdlets {
    private static final String THIS_OBJECT = "$_";
    private static final List<String> TEXT_SWITCHES = List.of("Line", "Word", "Character", "IgnoreWhiteSpace");
    private static final List<String> GENERIC_SWITCHES = List.of("Sum", "Average", "Maximum", "Minimum");

    private MeasureCmdlets() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Measure-Object", Measure::new,
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.positional("Property", "string[]", 0),
                ParameterSpec.switchParameter("Sum"), ParameterSpec.switchParameter("Average"),
                ParameterSpec.switchParameter("Maximum"), ParameterSpec.switchParameter("Minimum"),
                ParameterSpec.switchParameter("Line"), ParameterSpec.switchParameter("Word"),
                ParameterSpec.switchParameter("Character"), ParameterSpec.switchParameter("IgnoreWhiteSpace"))
                .withAliases("measure"));
    }

    /** Running statistics of one property (or of the objects themselves). */
    private static final class Statistics {
        int count;
        double sum;
        Object min;
        Object max;
        int characters;
        int words;
        int lines;
    }

    private static final class Measure implements Cmdlet {
        private final Map<String, Statistics> statistics = new LinkedHashMap<>();
        private final Map<String, String> displayNames = new LinkedHashMap<>();
        private boolean text;
        private boolean nonNumeric;
        private int records;

        @Override
        public void begin(CommandContext c) {
            boolean textBound = TEXT_SWITCHES.stream().anyMatch(c::isBound);
            if (textBound && GENERIC_SWITCHES.stream().anyMatch(c::isBound)) {
                throw c.terminatingError("System.Management.Automation.ParameterBindingException",
                        "Parameter set cannot be resolved using the specified named parameters.", "AmbiguousParameterSet",
                        "InvalidArgument");
            }
            text = textBound;
        }

        @Override
        public void process(CommandContext c) {
            Object input = c.expectingInput() ? c.currentInput() : c.parameter("InputObject");
            if (!c.expectingInput() && !c.isBound("InputObject") || LanguagePrimitives.unwrapNull(input) == null) {
                return;
            }
            records++;
            if (!c.isBound("Property")) {
                analyze(c, THIS_OBJECT, LanguagePrimitives.base(input));
                return;
            }
            Set<String> counted = new HashSet<>();
            for (PropertyExpression expression : PropertyExpression.list(c.parameter("Property"))) {
                List<PropertyExpression> resolved = expression.resolve(input);
                if (resolved.isEmpty()) {
                    if (!expression.hasWildcard()) {
                        entry(expression.toString());
                    }
                    continue;
                }
                for (PropertyExpression name : resolved) {
                    if (!counted.add(name.toString().toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    Object value = name.value(c, input);
                    if (value != Members.MISSING) {
                        analyze(c, name.toString(), value);
                    }
                }
            }
        }

        private Statistics entry(String name) {
            String key = name.toLowerCase(Locale.ROOT);
            displayNames.putIfAbsent(key, name);
            return statistics.computeIfAbsent(key, k -> new Statistics());
        }

        private void analyze(CommandContext c, String name, Object value) {
            Statistics stat = entry(name);
            stat.count++;
            if (text) {
                String s = value == null ? "" : LanguagePrimitives.toStringValue(value);
                stat.characters += c.switchPresent("Character") ? TextCounts.characters(s, c.switchPresent("IgnoreWhiteSpace")) : 0;
                stat.words += TextCounts.words(s);
                stat.lines += TextCounts.lines(s);
                return;
            }
            if (c.switchPresent("Sum") || c.switchPresent("Average")) {
                Double n = toDouble(value);
                if (n == null) {
                    nonNumeric = true;
                    c.writeError("System.InvalidOperationException", "Input object \"" + LanguagePrimitives.toStringValue(value)
                            + "\" is not numeric.", "NonNumericInputObject", "InvalidType", value);
                    return;
                }
                stat.sum += n;
            }
            if (c.switchPresent("Minimum")) {
                stat.min = extreme(value, stat.min, true);
            }
            if (c.switchPresent("Maximum")) {
                stat.max = extreme(value, stat.max, false);
            }
        }

        @Override
        public void end(CommandContext c) {
            boolean byProperty = c.isBound("Property");
            if (records == 0 && !byProperty) {
                entry(THIS_OBJECT);
            }
            for (Map.Entry<String, Statistics> e : statistics.entrySet()) {
                String name = displayNames.get(e.getKey());
                Statistics stat = e.getValue();
                if (stat.count == 0 && byProperty) {
                    c.writeError("System.Management.Automation.PSArgumentException",
                            "The property \"" + name + "\" cannot be found in the input for any objects.",
                            text ? "TextMeasurePropertyNotFound" : "GenericMeasurePropertyNotFound", "ObjectNotFound", null);
                    continue;
                }
                MeasureInfo info = text ? textInfo(c, stat) : genericInfo(c, stat);
                if (byProperty) {
                    info.setProperty(name);
                }
                c.writeObject(info);
            }
        }

        private static TextMeasureInfo textInfo(CommandContext c, Statistics stat) {
            return new TextMeasureInfo(c.switchPresent("Line") ? stat.lines : null,
                    c.switchPresent("Word") ? stat.words : null, c.switchPresent("Character") ? stat.characters : null);
        }

        private MeasureInfo genericInfo(CommandContext c, Statistics stat) {
            Double sum = !nonNumeric && c.switchPresent("Sum") ? stat.sum : null;
            Double average = !nonNumeric && c.switchPresent("Average") && stat.count > 0 ? stat.sum / stat.count : null;
            boolean numeric = (stat.min == null || toDouble(stat.min) != null) && (stat.max == null || toDouble(stat.max) != null);
            if (numeric) {
                return new GenericMeasureInfo(stat.count, average, sum,
                        stat.max == null ? null : toDouble(stat.max), stat.min == null ? null : toDouble(stat.min));
            }
            return new GenericObjectMeasureInfo(stat.count, average, sum, stat.max, stat.min);
        }
    }

    /** [double] conversion as LanguagePrimitives.TryConvertTo does it ($null is 0); null when it fails. */
    static Double toDouble(Object value) {
        Object b = LanguagePrimitives.base(value);
        if (b != null && !(b instanceof Number || b instanceof String || b instanceof Boolean || b instanceof Character)) {
            return null;
        }
        Number n = LanguagePrimitives.tryNumber(b);
        return n == null ? null : n.doubleValue();
    }

    /**
     * 5.1's Measure-Object Compare: numbers (and numeric text) compare as doubles; values of
     * different kinds compare as their strings; ties keep the earlier value.
     */
    private static Object extreme(Object value, Object current, boolean isMin) {
        if (current == null) {
            return value;
        }
        Object a = toDouble(value) != null && value != null ? (Object) toDouble(value) : LanguagePrimitives.base(value);
        Object b = toDouble(current) != null ? (Object) toDouble(current) : LanguagePrimitives.base(current);
        if (a != null && b != null && a.getClass() != b.getClass()) {
            a = LanguagePrimitives.toStringValue(a);
            b = LanguagePrimitives.toStringValue(b);
        }
        int r = ObjectComparer.compare(b, a, true);
        return (isMin ? r : -r) > 0 ? value : current;
    }

    /** The counting rules of 5.1's TextCountUtilities. */
    static final class TextCounts {
        private TextCounts() {
        }

        static int characters(String s, boolean ignoreWhiteSpace) {
            if (!ignoreWhiteSpace) {
                return s.length();
            }
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                n += Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i)) ? 0 : 1;
            }
            return n;
        }

        static int words(String s) {
            int n = 0;
            boolean wasSpace = true;
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                    wasSpace = true;
                } else {
                    n += wasSpace ? 1 : 0;
                    wasSpace = false;
                }
            }
            return n;
        }

        static int lines(String s) {
            if (s.isEmpty()) {
                return 0;
            }
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                n += s.charAt(i) == '\n' ? 1 : 0;
            }
            return s.charAt(s.length() - 1) != '\n' ? n + 1 : n;
        }
    }
}
