package io.openecma.powershell.cmdlets.modules;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.VersionValue;

import java.util.Map;

/**
 * Microsoft.PowerShell.Commands.ModuleSpecification: a module name with an optional GUID and version
 * constraints, built from a name or from a hashtable with the members ModuleName, GUID, ModuleVersion,
 * RequiredVersion and MaximumVersion, validated as ModuleSpecification.ModuleSpecificationInitHelper does.
 */
public final class ModuleSpecification {
    private String name;
    private String guid;
    private VersionValue version;
    private VersionValue requiredVersion;
    private String maximumVersion;

    /** The conversion [ModuleSpecification] casts and typed parameters use: a name, or a hashtable. */
    public static Object convert(Object value) {
        Object raw = LanguagePrimitives.base(value);
        if (raw instanceof ModuleSpecification s) {
            return s;
        }
        ModuleSpecification s = new ModuleSpecification();
        if (raw instanceof Map<?, ?> h) {
            s.fill(h);
        } else {
            s.name = LanguagePrimitives.toStringValue(raw);
        }
        return s;
    }

    private void fill(Map<?, ?> h) {
        StringBuilder badKeys = new StringBuilder();
        for (Map.Entry<?, ?> e : h.entrySet()) {
            String field = LanguagePrimitives.toStringValue(e.getKey());
            Object v = e.getValue();
            switch (field.toLowerCase(java.util.Locale.ROOT)) {
                case "modulename" -> name = LanguagePrimitives.toStringValue(v);
                case "moduleversion" -> version = (VersionValue) LanguagePrimitives.convertTo(v, VersionValue.class);
                case "requiredversion" -> requiredVersion = (VersionValue) LanguagePrimitives.convertTo(v, VersionValue.class);
                case "maximumversion" -> maximumVersion = LanguagePrimitives.toStringValue(v);
                case "guid" -> guid = LanguagePrimitives.convertTo(v, java.util.UUID.class).toString();
                default -> badKeys.append(badKeys.length() > 0 ? ", " : "").append('\'').append(field).append('\'');
            }
        }
        // Modules.resx and SessionStateStrings.resx texts.
        if (badKeys.length() > 0) {
            throw new PSRuntimeException("System.ArgumentException", "The hashtable describing a module contains one or more members that are not valid. "
                    + "The valid members are (ModuleName, ModuleVersion, RequiredVersion, GUID). Remove the members that are not valid (" + badKeys + "), then try again.");
        }
        if (name == null || name.isEmpty()) {
            throw new PSRuntimeException("System.MissingMemberException", "The 'ModuleName' member does not exist in the hashtable that describes this module.");
        }
        if (requiredVersion == null && version == null && maximumVersion == null) {
            throw new PSRuntimeException("System.MissingMemberException", "The 'ModuleVersion', 'MaximumVersion' and 'RequiredVersion' members do not exist "
                    + "in the hashtable that describes this module. One of these three members must exist, and be assigned a version number in the format 'n.n.n.n'.");
        }
        if (requiredVersion != null && (version != null || maximumVersion != null)) {
            throw new PSRuntimeException("System.ArgumentException", "The parameters " + (version != null ? "ModuleVersion" : "MaximumVersion")
                    + " and RequiredVersion cannot be used together. Please specify only one parameter.");
        }
    }

    public String getName() {
        return name;
    }

    public String getGuid() {
        return guid;
    }

    public VersionValue getVersion() {
        return version;
    }

    public VersionValue getRequiredVersion() {
        return requiredVersion;
    }

    public String getMaximumVersion() {
        return maximumVersion;
    }

    /** The constraints as the module cmdlets match them. */
    ModuleSpec toSpec() {
        return new ModuleSpec(name, requiredVersion == null ? null : requiredVersion.toString(), version == null ? null : version.toString(),
                maximumVersion, guid);
    }

    /** ModuleSpecification.ToString: the bare name, or a hashtable literal of the set members. */
    @Override
    public String toString() {
        if (guid == null && version == null && requiredVersion == null && maximumVersion == null) {
            return name;
        }
        StringBuilder b = new StringBuilder("@{ ModuleName = '").append(name).append('\'');
        if (guid != null) {
            b.append("; Guid = '{").append(guid).append("}' ");
        }
        if (requiredVersion != null) {
            b.append("; RequiredVersion = '").append(requiredVersion).append('\'');
        } else {
            if (version != null) {
                b.append("; ModuleVersion = '").append(version).append('\'');
            }
            if (maximumVersion != null) {
                b.append("; MaximumVersion = '").append(maximumVersion).append('\'');
            }
        }
        return b.append(" }").toString();
    }
}
