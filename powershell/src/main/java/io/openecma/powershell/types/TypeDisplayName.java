package io.openecma.powershell.types;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a [type] converts to text in 5.1: types.ps1xml gives System.RuntimeType the ToString code
 * method ToStringCodeMethods.Type, which writes a type that has a built-in accelerator as that
 * accelerator ("$([int])" is "int", "$([string[]])" is "string[]", a generic's arguments likewise)
 * and PSCustomObject as its short name; other types by full name.
 */
public final class TypeDisplayName {
    /** TypeAccelerators' built-in names (the first one where a type has two), by full type name. */
    private static final Map<String, String> ACCELERATORS = new HashMap<>();

    static {
        String[][] pairs = {
                {"System.Array", "array"}, {"System.Boolean", "bool"}, {"System.Byte", "byte"}, {"System.Char", "char"},
                {"System.DateTime", "datetime"}, {"System.Decimal", "decimal"}, {"System.Double", "double"},
                {"System.Single", "float"}, {"System.Guid", "guid"}, {"System.Collections.Hashtable", "hashtable"},
                {"System.Int32", "int"}, {"System.Int16", "short"}, {"System.Int64", "long"},
                {"System.Collections.Specialized.OrderedDictionary", "ordered"},
                {"System.Management.Automation.PSCredential", "pscredential"},
                {"System.Management.Automation.PSObject", "psobject"}, {"System.Management.Automation.PSReference", "ref"},
                {"System.Text.RegularExpressions.Regex", "regex"}, {"System.SByte", "sbyte"}, {"System.String", "string"},
                {"System.Management.Automation.SwitchParameter", "switch"}, {"System.Globalization.CultureInfo", "cultureinfo"},
                {"System.Numerics.BigInteger", "bigint"}, {"System.Security.SecureString", "securestring"},
                {"System.TimeSpan", "timespan"}, {"System.UInt16", "ushort"}, {"System.UInt32", "uint"},
                {"System.UInt64", "ulong"}, {"System.Uri", "uri"}, {"System.Version", "version"}, {"System.Void", "void"},
                {"System.Net.IPAddress", "ipaddress"}, {"System.Management.Automation.WildcardPattern", "WildcardPattern"},
                {"System.Xml.XmlDocument", "xml"}, {"System.Net.Mail.MailAddress", "mailaddress"}};
        for (String[] p : pairs) {
            ACCELERATORS.put(p[0], p[1]);
        }
    }

    private TypeDisplayName() {
    }

    public static String of(PSType type) {
        String full = type.fullName();
        String accelerator = ACCELERATORS.get(full);
        if (accelerator != null) {
            return accelerator;
        }
        if (full.equals("System.Management.Automation.PSCustomObject")) {
            return "PSCustomObject";
        }
        if (full.endsWith("[]")) {
            PSType element = io.openecma.powershell.runtime.ExecutionContext.current().types().lookup(full.substring(0, full.length() - 2));
            return element == null ? full : of(element) + "[]";
        }
        List<PSType> arguments = type.genericArguments();
        if (!arguments.isEmpty() && full.indexOf('[') > 0) {
            String definition = full.substring(0, full.indexOf('['));
            int tick = definition.indexOf('`');
            StringBuilder sb = new StringBuilder(tick > 0 ? definition.substring(0, tick) : definition).append('[');
            for (int i = 0; i < arguments.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(of(arguments.get(i)));
            }
            return sb.append(']').toString();
        }
        return full;
    }
}
