package io.openecma.powershell.types;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.PSHashtable;

import java.util.List;

/**
 * System.Management.Automation.TypeAccelerators (TypeResolver.cs), reached as
 * {@code [psobject].Assembly.GetType('System.Management.Automation.TypeAccelerators')}: {@code ::Get}
 * lists the accelerators (the built-in ones this engine has, then those a script added),
 * {@code ::Add(name, type)} makes {@code [name]} mean that type, {@code ::Remove(name)} takes it away.
 */
public final class TypeAcceleratorTypes {

    /**
     * 5.1's built-in accelerator names (TypeResolver.cs CoreTypes and TypeAccelerators; the 6.x/7.x
     * additions such as ushort, semver, ordered, ExperimentAction are left out).
     */
    static final List<String> BUILT_IN = List.of("Alias", "AllowEmptyCollection", "AllowEmptyString", "AllowNull",
            "ArgumentCompleter", "array", "bool", "byte", "char", "CmdletBinding", "datetime", "decimal", "double",
            "DscResource", "float", "single", "guid", "hashtable", "int", "int32", "short", "int16", "long", "int64",
            "ciminstance", "cimclass", "cimtype", "cimconverter", "IPEndpoint", "NullString", "OutputType",
            "ObjectSecurity", "Parameter", "PhysicalAddress", "pscredential", "PSDefaultValue", "pslistmodifier",
            "psobject", "pscustomobject", "psprimitivedictionary", "ref", "PSTypeNameAttribute", "regex", "DscProperty",
            "sbyte", "string", "SupportsWildcards", "switch", "cultureinfo", "bigint", "securestring", "timespan",
            "uint16", "uint32", "uint64", "uri", "ValidateCount", "ValidateDrive", "ValidateLength", "ValidateNotNull",
            "ValidateNotNullOrEmpty", "ValidatePattern", "ValidateRange", "ValidateScript", "ValidateSet",
            "ValidateTrustedData", "ValidateUserDrive", "version", "void", "ipaddress", "DscLocalConfigurationManager",
            "WildcardPattern", "X509Certificate", "X500DistinguishedName", "xml", "CimSession", "adsi", "adsisearcher",
            "wmiclass", "wmi", "wmisearcher", "mailaddress", "scriptblock", "psvariable", "type", "psmoduleinfo",
            "powershell", "runspacefactory", "runspace", "initialsessionstate", "psscriptmethod", "psscriptproperty",
            "psnoteproperty", "psaliasproperty", "psvariableproperty");

    private TypeAcceleratorTypes() {
    }

    static void register(TypeRegistry r) {
        r.add("System.Management.Automation.TypeAccelerators", null, TypeAcceleratorTypes.class, null, false, v -> false,
                null, null);
    }

    /** {@code ::Get}: a new dictionary of name to type each time (PowerShell hands out its live cache). */
    public static PSHashtable getGet() {
        TypeRegistry types = ExecutionContext.current().types();
        PSHashtable all = new PSHashtable(true);
        for (String name : BUILT_IN) {
            PSType t = types.lookup(name);
            if (t != null) {
                all.put(name, t);
            }
        }
        types.userAccelerators().forEach(all::put);
        return all;
    }

    public static void Add(String name, PSType type) {
        ExecutionContext.current().types().addAccelerator(name, type);
    }

    public static boolean Remove(String name) {
        ExecutionContext.current().types().removeAccelerator(name);
        return true;
    }
}
