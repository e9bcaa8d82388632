package io.openecma.powershell.runtime;

import io.openecma.powershell.types.Members;

import java.util.ArrayList;
import java.util.List;

/**
 * The intrinsic {@code .Where()} and {@code .ForEach()} methods of PowerShell 4.0+ (about_Arrays),
 * after EnumerableOps.Where/ForEach in PowerShell's MiscOps.cs: {@code Where(block[, mode[, n]])}
 * with the modes Default, First, Last, SkipUntil, Until and Split, and {@code ForEach(block, args...)}
 * or {@code ForEach('Name'[, args])} for a property (get or set) or method. A scalar target is a
 * one-element collection. Results are object arrays (5.1 returns a {@code Collection<PSObject>}).
 */
final class WhereForEachMethods {

    /** Runs a script block with $_ bound to one item and the given $args. */
    interface BlockRunner {
        List<Object> run(ScriptBlock block, Object item, List<Object> args);
    }

    private static final List<String> MODES = List.of("Default", "First", "Last", "SkipUntil", "Until", "Split");

    private WhereForEachMethods() {
    }

    static boolean isIntrinsic(String name, List<Object> args) {
        if (args.isEmpty()) {
            return false;
        }
        if (name.equalsIgnoreCase("Where")) {
            return args.get(0) instanceof ScriptBlock;
        }
        return name.equalsIgnoreCase("ForEach") && (args.get(0) instanceof ScriptBlock || args.get(0) instanceof String);
    }

    static Object invoke(String name, Object target, List<Object> args, BlockRunner runner) {
        List<Object> items = LanguagePrimitives.isEnumerable(target) ? LanguagePrimitives.toList(target)
                : java.util.Collections.singletonList(target);
        if (name.equalsIgnoreCase("Where")) {
            String mode = args.size() > 1 ? mode(args.get(1)) : "Default";
            int n = args.size() > 2 ? (Integer) LanguagePrimitives.convertTo(args.get(2), Integer.class) : 0;
            return where(items, (ScriptBlock) args.get(0), mode, n, runner);
        }
        List<Object> rest = args.subList(1, args.size());
        if (args.get(0) instanceof ScriptBlock block) {
            List<Object> out = new ArrayList<>();
            for (Object item : items) {
                out.addAll(runner.run(block, item, rest));
            }
            return out.toArray();
        }
        return forEachMember(items, (String) args.get(0), rest);
    }

    private static String mode(Object value) {
        String text = LanguagePrimitives.toStringValue(value);
        for (String m : MODES) {
            if (m.equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        throw new PSRuntimeException("System.Management.Automation.PSInvalidCastException",
                "Cannot convert value \"" + text + "\" to type \"System.Management.Automation.WhereOperatorSelectionMode\". "
                        + "Error: \"Unable to match the identifier name " + text + " to a valid enumerator name. Specify "
                        + "one of the following enumerator names and try again:" + System.lineSeparator()
                        + String.join(", ", MODES) + "\"");
    }

    private static Object where(List<Object> items, ScriptBlock block, String mode, int n, BlockRunner runner) {
        if (n < 0) {
            throw new PSRuntimeException("System.ArgumentOutOfRangeException", "The 'numberToReturn' value provided to "
                    + "the third argument of the Where() operator must be greater than zero. Please correct the argument's "
                    + "value and try running your script again.");
        }
        List<Object> matches = new ArrayList<>();
        List<Object> notMatched = new ArrayList<>();
        boolean returnTheRest = false;
        int i = 0;
        for (; i < items.size(); i++) {
            Object item = items.get(i);
            if (returnTheRest) {
                matches.add(item);
                if (n > 0 && matches.size() >= n) {
                    break;
                }
                continue;
            }
            boolean matched = LanguagePrimitives.isTrue(LanguagePrimitives.fromPipeline(runner.run(block, item, List.of())));
            if (matched) {
                if (mode.equals("Until")) {
                    break;
                } else if (mode.equals("Last")) {
                    int keep = n == 0 ? 1 : n;
                    matches.add(item);
                    if (matches.size() > keep) {
                        matches.remove(0);
                    }
                } else {
                    matches.add(item);
                    returnTheRest = mode.equals("SkipUntil");
                }
                if (!mode.equals("Last")
                        && ((n == 0 && mode.equals("First")) || (n != 0 && n == matches.size()))) {
                    break;
                }
            } else if (mode.equals("Until")) {
                matches.add(item);
                if (n > 0 && matches.size() >= n) {
                    break;
                }
            } else if (mode.equals("Split")) {
                notMatched.add(item);
            }
        }
        if (mode.equals("Split")) {
            // Stopped early at n matches: the remaining items are the not-matched part (MiscOps.cs).
            for (i = i + 1; i < items.size(); i++) {
                notMatched.add(items.get(i));
            }
            return new Object[] {matches.toArray(), notMatched.toArray()};
        }
        return matches.toArray();
    }

    /** {@code ForEach('Name')} reads a property, {@code ForEach('Name', v)} sets it or calls a method. */
    private static Object forEachMember(List<Object> items, String name, List<Object> args) {
        List<Object> out = new ArrayList<>();
        for (Object item : items) {
            Object base = LanguagePrimitives.base(item);
            if (base instanceof PSHashtable h) {
                if (args.isEmpty()) {
                    out.add(h.get(name));
                } else {
                    h.put(name, args.size() == 1 ? args.get(0) : args.toArray());
                }
                continue;
            }
            if (item == null) {
                if (!args.isEmpty()) {
                    throw new PSRuntimeException("System.Management.Automation.MethodInvocationException",
                            "Exception calling \"" + name + "\" with \"" + args.size()
                                    + "\" argument(s): \"Object reference not set to an instance of an object.\"");
                }
                out.add(null);
                continue;
            }
            Object value = Members.getProperty(item, name);
            if (value != Members.MISSING && args.isEmpty()) {
                out.add(value);
                continue;
            }
            if (value != Members.MISSING) {
                Members.setProperty(item, name, args.size() == 1 ? args.get(0) : args.toArray());
                continue;
            }
            Object result = Members.invoke(item, name, args);
            if (result != Members.MISSING) {
                if (result != AutomationNull.VALUE) {
                    out.add(result);
                }
                continue;
            }
            if (args.isEmpty()) {
                out.add(null);
            } else {
                throw new PSRuntimeException("System.NullReferenceException", "The ForEach() operator could not find a "
                        + "member '" + name + "' on the target object. Please verify that the named member exists and "
                        + "then try running your script again.");
            }
        }
        return out.toArray();
    }
}
