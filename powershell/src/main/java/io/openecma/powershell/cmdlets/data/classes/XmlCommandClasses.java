package io.openecma.powershell.cmdlets.data.classes;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.types.TypeRegistry;

/**
 * The public cmdlet classes of Export-Clixml, Import-Clixml and Select-Xml
 * (Microsoft.PowerShell.Commands.Utility, XmlCommands.cs), as scripts can construct them:
 * objects holding the cmdlets' parameter properties. In .NET these properties only store what is
 * set; running the cmdlet is the engine's job (the cmdlets themselves live in cmdlets/data).
 */
public final class XmlCommandClasses {
    private XmlCommandClasses() {
    }

    public static void registerIn(TypeRegistry registry) {
        registry.register("Microsoft.PowerShell.Commands.ExportClixmlCommand", ExportClixmlCommand.class);
        registry.register("Microsoft.PowerShell.Commands.ImportClixmlCommand", ImportClixmlCommand.class);
        registry.register("Microsoft.PowerShell.Commands.SelectXmlCommand", SelectXmlCommand.class);
    }

    private static String text(Object v) {
        Object b = LanguagePrimitives.unwrapNull(v);
        return b == null ? null : LanguagePrimitives.toStringValue(b);
    }

    private static boolean flag(Object v) {
        return LanguagePrimitives.isTrue(v);
    }

    /** ExportClixmlCommand's parameters. */
    public static final class ExportClixmlCommand {
        private int depth;
        private String path;
        private Object inputObject;
        private boolean force;
        private boolean noClobber;
        private String encoding = "Unicode";

        public int getDepth() {
            return depth;
        }

        public void setDepth(Object v) {
            depth = ((Number) LanguagePrimitives.convertTo(v, Integer.class)).intValue();
        }

        public String getPath() {
            return path;
        }

        public void setPath(Object v) {
            path = text(v);
        }

        public String getLiteralPath() {
            return path;
        }

        public void setLiteralPath(Object v) {
            path = text(v);
        }

        public Object getInputObject() {
            return inputObject;
        }

        public void setInputObject(Object v) {
            inputObject = v;
        }

        public boolean getForce() {
            return force;
        }

        public void setForce(Object v) {
            force = flag(v);
        }

        public boolean getNoClobber() {
            return noClobber;
        }

        public void setNoClobber(Object v) {
            noClobber = flag(v);
        }

        public String getEncoding() {
            return encoding;
        }

        public void setEncoding(Object v) {
            encoding = text(v);
        }
    }

    /** ImportClixmlCommand's parameters. */
    public static final class ImportClixmlCommand {
        private String[] paths;

        public String[] getPath() {
            return paths;
        }

        public void setPath(Object v) {
            paths = LanguagePrimitives.toList(v).stream().map(XmlCommandClasses::text).toArray(String[]::new);
        }

        /** LiteralPath: the same storage as Path (ImportClixmlCommand keeps one path array). */
        public String[] getLiteralPath() {
            return paths;
        }

        public void setLiteralPath(Object v) {
            setPath(v);
        }
    }

    /** SelectXmlCommand's parameters. */
    public static final class SelectXmlCommand {
        private Object xml;
        private String[] paths;
        private String[] content;
        private String xPath;
        private Object namespace;

        public Object getXml() {
            return xml;
        }

        public void setXml(Object v) {
            xml = v;
        }

        public String[] getPath() {
            return paths;
        }

        public void setPath(Object v) {
            paths = LanguagePrimitives.toList(v).stream().map(XmlCommandClasses::text).toArray(String[]::new);
        }

        public String[] getLiteralPath() {
            return paths;
        }

        public void setLiteralPath(Object v) {
            setPath(v);
        }

        public String[] getContent() {
            return content;
        }

        public void setContent(Object v) {
            content = LanguagePrimitives.toList(v).stream().map(XmlCommandClasses::text).toArray(String[]::new);
        }

        public String getXPath() {
            return xPath;
        }

        public void setXPath(Object v) {
            xPath = text(v);
        }

        public Object getNamespace() {
            return namespace;
        }

        public void setNamespace(Object v) {
            namespace = v;
        }
    }
}
