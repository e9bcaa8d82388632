package io.openecma.powershell.cmdlets.modules;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.types.VersionValue;

/**
 * What a module must be: its name (or path) and version/GUID constraints, from -Name with
 * -RequiredVersion/-MinimumVersion/-MaximumVersion, or a -FullyQualifiedName hashtable
 * (ModuleName, ModuleVersion, MaximumVersion, RequiredVersion, GUID) as 5.1's ModuleSpecification.
 */
record ModuleSpec(String name, String required, String minimum, String maximum, String guid) {

    static ModuleSpec fromParameters(String name, CommandContext c) {
        return new ModuleSpec(name, text(c.parameter("RequiredVersion")), text(c.parameter("MinimumVersion")),
                text(c.parameter("MaximumVersion")), null);
    }

    static ModuleSpec fromFullyQualifiedName(Object value) {
        Object raw = LanguagePrimitives.base(value);
        if (raw instanceof ModuleSpecification s) {
            return s.toSpec();
        }
        if (raw instanceof PSHashtable h) {
            return new ModuleSpec(text(h.get("ModuleName")), text(h.get("RequiredVersion")), text(h.get("ModuleVersion")),
                    text(h.get("MaximumVersion")), text(h.get("GUID")));
        }
        return new ModuleSpec(LanguagePrimitives.toStringValue(raw), null, null, null, null);
    }

    private static String text(Object o) {
        if (o == null) {
            return null;
        }
        String s = LanguagePrimitives.toStringValue(o);
        return s.isEmpty() ? null : s;
    }

    /** A loaded or listed module against this spec: its name (or path, or folder) and its version and GUID. */
    boolean matchesModule(io.openecma.powershell.runtime.ModuleInfo m) {
        String n = name.replace('\\', '/');
        String path = m.getPath().replace('\\', '/');
        boolean named = n.equalsIgnoreCase(m.getName()) || n.equalsIgnoreCase(path)
                || n.equalsIgnoreCase(m.getModuleBase().replace('\\', '/')) || path.toLowerCase().endsWith("/" + n.toLowerCase());
        return named && accepts(m.getVersion(), m.getGuid());
    }

    boolean constrained() {
        return required != null || minimum != null || maximum != null || guid != null;
    }

    /** The version named in the "with version" error message, as 5.1 picks it. */
    String shownVersion() {
        return required != null ? required : minimum != null ? minimum : maximum;
    }

    /**
     * Why a module fails this spec, in ModuleIntrinsics.IsModuleMatchingConstraints' order
     * (GUID, RequiredVersion, MinimumVersion, MaximumVersion); null when it matches.
     */
    String mismatch(VersionValue v, String moduleGuid) {
        if (guid != null && (moduleGuid == null || !guid.equalsIgnoreCase(moduleGuid))) {
            return "Guid";
        }
        if (required != null && v.compareTo(version(required)) != 0) {
            return "RequiredVersion";
        }
        if (minimum != null && v.compareTo(version(minimum)) < 0) {
            return "MinimumVersion";
        }
        return maximum == null || v.compareTo(version(maximum.replace("*", "999999999"))) <= 0 ? null : "MaximumVersion";
    }

    /** ImportModuleCommand.ProcessRecord refuses a MaximumVersion below the MinimumVersion before any search. */
    boolean rangeInverted() {
        return minimum != null && maximum != null && version(maximum.replace("*", "999999999")).compareTo(version(minimum)) < 0;
    }

    boolean accepts(VersionValue v, String moduleGuid) {
        if (guid != null && (moduleGuid == null || !guid.equalsIgnoreCase(moduleGuid))) {
            return false;
        }
        if (required != null && v.compareTo(version(required)) != 0) {
            return false;
        }
        if (minimum != null && v.compareTo(version(minimum)) < 0) {
            return false;
        }
        return maximum == null || v.compareTo(version(maximum.replace("*", "999999999"))) <= 0;
    }

    private static VersionValue version(String text) {
        return VersionValue.parse(text.contains(".") ? text : text + ".0");
    }
}
