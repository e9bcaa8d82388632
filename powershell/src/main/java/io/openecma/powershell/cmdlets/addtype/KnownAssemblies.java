package io.openecma.powershell.cmdlets.addtype;

import java.util.Locale;
import java.util.Map;

/**
 * Framework assemblies a script may name with {@code Add-Type -AssemblyName}: each is accepted
 * (nothing to load) when the engine has the type that stands for it; any other name is an error.
 */
final class KnownAssemblies {

    private static final Map<String, String> REPRESENTATIVE = Map.ofEntries(
            Map.entry("mscorlib", "System.String"), Map.entry("system", "System.Uri"),
            Map.entry("system.runtime", "System.String"), Map.entry("system.core", "System.Linq.Enumerable"),
            Map.entry("system.collections", "System.Collections.ArrayList"),
            Map.entry("system.xml", "System.Xml.XmlDocument"), Map.entry("system.web", "System.Web.HttpUtility"),
            Map.entry("system.net", "System.Net.WebUtility"), Map.entry("system.net.primitives", "System.Net.HttpStatusCode"),
            Map.entry("system.security", "System.Security.SecureString"),
            Map.entry("system.management.automation", "System.Management.Automation.PSCredential"),
            Map.entry("microsoft.powershell.commands.utility", "System.Management.Automation.PSCredential"),
            Map.entry("system.runtime.extensions", "System.Math"), Map.entry("system.text.regularexpressions", "System.Text.RegularExpressions.Regex"),
            Map.entry("system.runtime.serialization.primitives", "System.Runtime.Serialization.SerializationException"));

    private KnownAssemblies() {
    }

    /** The simple assembly name of {@code System.Web, Version=...} or {@code C:\path\System.Web.dll}. */
    static String simpleName(String written) {
        String n = written.split(",")[0].trim();
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        return n.toLowerCase(Locale.ROOT).endsWith(".dll") ? n.substring(0, n.length() - 4) : n;
    }

    /** The type whose presence means the engine provides the assembly, or null for an assembly it does not know. */
    static String representativeType(String simpleName) {
        return REPRESENTATIVE.get(simpleName.toLowerCase(Locale.ROOT));
    }
}
