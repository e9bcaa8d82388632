package io.openecma.powershell.cmdlets;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.runtime.ScriptBlock;
import io.openecma.powershell.types.Members;
import io.openecma.powershell.types.TypeRegistry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Select-Object as SelectObjectCommand (Select-Object.cs) does it: the First/Last/Skip/SkipLast
 * queue, -Index in ascending index order, projection into a new object typed
 * "Selected.&lt;input type&gt;", -ExpandProperty with the projected properties added to each expanded
 * value, -ExcludeProperty (which implies -Property *), and -Unique comparing case-sensitively as 5.1's
 * ObjectCommandComparer(caseSensitive: true) does. Upstream commands are not stopped early after
 * -First, so -Wait changes nothing here.
 */
final class SelectObjectCommand implements Cmdlet {

    private SelectObjectQueue queue;
    private int[] index;
    private int indexPosition;
    private int objectPosition;
    private List<Object> properties;
    private List<Object> excluded;
    private boolean unique;
    private final List<PSObject> uniques = new ArrayList<>();
    private final List<Integer> uniqueNoteCounts = new ArrayList<>();

    static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Select-Object", SelectObjectCommand::new,
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.positional("Property", "object[]", 0), ParameterSpec.named("ExcludeProperty", "string[]"),
                ParameterSpec.named("ExpandProperty", "string"), ParameterSpec.switchParameter("Unique"),
                ParameterSpec.named("Last", "int"), ParameterSpec.named("First", "int"), ParameterSpec.named("Skip", "int"),
                ParameterSpec.named("SkipLast", "int"), ParameterSpec.switchParameter("Wait"),
                ParameterSpec.named("Index", "int[]")).withAliases("select"));
    }

    @Override
    public void begin(CommandContext c) {
        properties = c.isBound("Property") && c.parameter("Property") != null
                ? LanguagePrimitives.toList(c.parameter("Property")) : List.of();
        if (c.isBound("ExcludeProperty") && c.parameter("ExcludeProperty") != null) {
            excluded = LanguagePrimitives.toList(c.parameter("ExcludeProperty"));
            if (properties.isEmpty()) {
                properties = List.of("*"); // ExcludeProperty implies -Property *
            }
        }
        unique = c.switchPresent("Unique");
        if (c.isBound("Index")) {
            TreeSet<Integer> sorted = new TreeSet<>();
            for (Object i : LanguagePrimitives.toList(c.parameter("Index"))) {
                sorted.add(LanguagePrimitives.toNumber(i).intValue());
            }
            index = sorted.stream().mapToInt(Integer::intValue).toArray();
        }
        boolean firstOrLast = c.isBound("First") || c.isBound("Last");
        queue = new SelectObjectQueue(intParameter(c, "First"), intParameter(c, "Last"), intParameter(c, "Skip"),
                intParameter(c, "SkipLast"), firstOrLast);
    }

    private static int intParameter(CommandContext c, String name) {
        return c.isBound(name) ? LanguagePrimitives.toNumber(c.parameter(name)).intValue() : 0;
    }

    @Override
    public void process(CommandContext c) {
        if (!c.expectingInput() && !c.isBound("InputObject")) {
            return;
        }
        Object item = LanguagePrimitives.unwrapNull(c.expectingInput() ? c.currentInput() : c.parameter("InputObject"));
        if (item == null) {
            return;
        }
        if (index != null) {
            if (indexPosition < index.length && index[indexPosition] == objectPosition) {
                processObject(c, item);
                indexPosition++;
            }
            objectPosition++;
            return;
        }
        queue.enqueue(item);
        Object streaming = queue.streamingDequeue();
        if (streaming != null) {
            processObject(c, streaming);
        }
    }

    @Override
    public void end(CommandContext c) {
        if (index == null && !c.isBound("SkipLast")) {
            if (queue.first != 0) {
                while (!queue.isEmpty()) {
                    processObject(c, queue.poll());
                }
            } else {
                while (!queue.isEmpty() && queue.size() > queue.skip) {
                    processObject(c, queue.poll());
                }
            }
        }
        for (PSObject o : uniques) {
            c.writeObject(o.isCustomObject() || o.properties().iterator().hasNext() ? o : o.baseObject());
        }
    }

    private void processObject(CommandContext c, Object item) {
        boolean expand = c.isBound("ExpandProperty") && c.parameter("ExpandProperty") != null
                && !LanguagePrimitives.toStringValue(c.parameter("ExpandProperty")).isEmpty();
        if (properties.isEmpty() && !expand) {
            write(c, item, item, List.of());
            return;
        }
        List<Object[]> matched = new ArrayList<>();
        for (Object p : properties) {
            project(c, p, item, matched);
        }
        if (!expand) {
            PSObject result = new PSObject();
            List<Object[]> added = new ArrayList<>();
            for (Object[] note : matched) {
                String name = (String) note[0];
                if (result.hasProperty(name)) {
                    alreadyExists(c, name, item, "AlreadyExistingUserSpecifiedPropertyNoExpand");
                } else {
                    result.setProperty(name, note[1]);
                    added.add(note);
                }
            }
            write(c, result, item, matched);
            return;
        }
        expandProperty(c, LanguagePrimitives.toStringValue(c.parameter("ExpandProperty")), item, matched);
    }

    /** ProcessParameter: the (name, value) pairs one -Property argument yields for the object. */
    private void project(CommandContext c, Object argument, Object item, List<Object[]> out) {
        Object spec = LanguagePrimitives.base(argument);
        var interp = ((CommandContextImpl) c).interpreter();
        if (spec instanceof Map<?, ?> calculated) {
            Object name = null;
            Object expression = null;
            for (Map.Entry<?, ?> e : calculated.entrySet()) {
                String k = LanguagePrimitives.toStringValue(e.getKey()).toLowerCase(Locale.ROOT);
                if (!k.isEmpty() && ("name".startsWith(k) || "label".startsWith(k))) {
                    name = e.getValue();
                } else if (!k.isEmpty() && "expression".startsWith(k)) {
                    expression = e.getValue();
                }
            }
            Object e = LanguagePrimitives.base(expression);
            Object value = e instanceof ScriptBlock sb ? LanguagePrimitives.fromPipeline(c.invoke(sb, item))
                    : interp.getMember(item, LanguagePrimitives.toStringValue(e));
            String label = LanguagePrimitives.toStringValue(name != null ? name : e);
            if (!isExcluded(label)) {
                out.add(new Object[]{label, value});
            }
            return;
        }
        if (spec instanceof ScriptBlock sb) {
            String label = sb.toString();
            if (label.isEmpty()) {
                throw c.terminatingError("System.Management.Automation.PSArgumentException",
                        "A property is an empty script block and does not provide a name.", "EmptyScriptBlockAndNoName", "InvalidArgument");
            }
            if (!isExcluded(label)) {
                out.add(new Object[]{label, LanguagePrimitives.fromPipeline(c.invoke(sb, item))});
            }
            return;
        }
        String pattern = LanguagePrimitives.toStringValue(spec);
        if (!Wildcard.containsWildcard(pattern)) {
            if (!isExcluded(pattern)) {
                Object v = Members.getProperty(item, pattern);
                out.add(new Object[]{pattern, v == Members.MISSING ? null : interp.getMember(item, pattern)});
            }
            return;
        }
        Wildcard w = Wildcard.compile(pattern, false);
        for (String n : propertyNames(item)) {
            if (w.matches(n) && !isExcluded(n)) {
                out.add(new Object[]{n, interp.getMember(item, n)});
            }
        }
    }

    private boolean isExcluded(String name) {
        if (excluded == null) {
            return false;
        }
        for (Object x : excluded) {
            if (Wildcard.compile(LanguagePrimitives.toStringValue(x), false).matches(name)) {
                return true;
            }
        }
        return false;
    }

    /** ProcessExpandParameter: each non-null element of the value, with the projected properties added. */
    private void expandProperty(CommandContext c, String name, Object item, List<Object[]> matched) {
        List<String> names = new ArrayList<>();
        if (Wildcard.containsWildcard(name)) {
            Wildcard w = Wildcard.compile(name, false);
            propertyNames(item).stream().filter(w::matches).forEach(names::add);
        } else if (Members.getProperty(item, name) != Members.MISSING) {
            names.add(name);
        }
        if (names.isEmpty()) {
            c.writeError("System.Management.Automation.PSArgumentException", "Property \"" + name + "\" cannot be found.",
                    "ExpandPropertyNotFound", "InvalidArgument", item);
            return;
        }
        if (names.size() > 1) {
            c.writeError("System.Management.Automation.PSArgumentException", "Multiple properties cannot be expanded.",
                    "MutlipleExpandProperties", "InvalidArgument", item);
            return;
        }
        Object value = LanguagePrimitives.unwrapNull(((CommandContextImpl) c).interpreter().getMember(item, names.get(0)));
        if (value == null) {
            return;
        }
        List<Object> values = LanguagePrimitives.isEnumerable(value) ? LanguagePrimitives.toList(value) : List.of(value);
        for (Object v : values) {
            if (LanguagePrimitives.unwrapNull(v) == null) {
                continue;
            }
            Object written = v;
            if (!matched.isEmpty()) {
                // a fresh wrapper: the notes belong to this output only, not to the value elsewhere
                PSObject expanded = v instanceof PSObject o ? o : new PSObject(v);
                for (Object[] note : matched) {
                    if (expanded.hasProperty((String) note[0]) || Members.getProperty(v, (String) note[0]) != Members.MISSING) {
                        alreadyExists(c, (String) note[0], item, "AlreadyExistingUserSpecifiedPropertyExpand");
                    } else {
                        expanded.setProperty((String) note[0], note[1]);
                    }
                }
                written = expanded;
            }
            write(c, written, item, matched);
        }
    }

    private static void alreadyExists(CommandContext c, String name, Object item, String id) {
        c.writeError("System.Management.Automation.PSArgumentException",
                "The property cannot be processed because the property \"" + name + "\" already exists.", id, "InvalidOperation", item);
    }

    /** FilteredWriteObject: writes (or with -Unique collects) the object, typed "Selected.T" when it is a custom object. */
    private void write(CommandContext c, Object obj, Object input, List<Object[]> added) {
        if (!unique) {
            setSelectedType(obj, input, !added.isEmpty());
            c.writeObject(obj);
            return;
        }
        PSObject candidate = obj instanceof PSObject o ? o : new PSObject(obj);
        for (int i = 0; i < uniques.size(); i++) {
            PSObject seen = uniques.get(i);
            if (uniqueNoteCounts.get(i) == added.size() && sameBase(seen, candidate) && sameNotes(seen, added)) {
                return;
            }
        }
        setSelectedType(obj, input, !added.isEmpty());
        uniques.add(candidate);
        uniqueNoteCounts.add(added.size());
    }

    /** A custom object's base is PSCustomObject's one instance, so any two custom objects have equal bases. */
    private static boolean sameBase(PSObject a, PSObject b) {
        if (a.isCustomObject() || b.isCustomObject()) {
            return a.isCustomObject() && b.isCustomObject();
        }
        return ObjectComparer.compare(a.baseObject(), b.baseObject(), true) == 0;
    }

    private static boolean sameNotes(PSObject seen, List<Object[]> added) {
        for (Object[] note : added) {
            PSObject.NoteProperty p = seen.property((String) note[0]);
            if (p == null || ObjectComparer.compare(p.value(), note[1], true) != 0) {
                return false;
            }
        }
        return true;
    }

    /** SetPSCustomObject: "Selected." + the input's type name, once unless the object is new. */
    private static void setSelectedType(Object obj, Object input, boolean newObject) {
        if (obj instanceof PSObject o && o.isCustomObject()) {
            Object base = LanguagePrimitives.base(input);
            String typeName = "Selected." + (base instanceof PSObject p && p.isCustomObject()
                    ? "System.Management.Automation.PSCustomObject" : TypeRegistry.typeNameOf(base));
            if (newObject || !o.typeNames().contains(typeName)) {
                o.typeNames().add(0, typeName);
            }
        }
    }

    /** Property names a wildcard is matched against: note properties, a hashtable's keys, or the object's properties. */
    private static List<String> propertyNames(Object item) {
        Object v = LanguagePrimitives.unwrapNull(item);
        if (v instanceof PSHashtable h) {
            List<String> names = new ArrayList<>();
            h.keySet().forEach(k -> names.add(LanguagePrimitives.toStringValue(k)));
            return names;
        }
        return PropertyExpression.propertyNames(v);
    }

    /** SelectObjectQueue (Select-Object.cs): what -First/-Last/-Skip/-SkipLast stream and keep. */
    private static final class SelectObjectQueue extends ArrayDeque<Object> {
        private final int first;
        private final int last;
        private int skip;
        private final int skipLast;
        private final boolean firstOrLastSpecified;
        private int streamed;

        SelectObjectQueue(int first, int last, int skip, int skipLast, boolean firstOrLastSpecified) {
            this.first = first;
            this.last = last;
            this.skip = skip;
            this.skipLast = skipLast;
            this.firstOrLastSpecified = firstOrLastSpecified;
        }

        void enqueue(Object o) {
            if (last > 0 && size() >= last + skip && first == 0) {
                poll();
            } else if (last > 0 && size() >= last && first != 0) {
                poll();
            }
            add(o);
        }

        Object streamingDequeue() {
            if (skip == 0) {
                if (skipLast > 0) {
                    return size() > skipLast ? poll() : null;
                }
                if (streamed < first || !firstOrLastSpecified) {
                    streamed++;
                    return poll();
                }
                if (last == 0) {
                    poll();
                }
            } else if (last == 0) {
                poll();
                skip--;
            } else if (first != 0) {
                skip--;
                poll();
            }
            return null;
        }
    }
}
