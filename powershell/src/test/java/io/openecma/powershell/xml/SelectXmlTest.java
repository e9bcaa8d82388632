package io.openecma.powershell.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.openecma.powershell.ScriptResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Select-Xml as PowerShell's Select-Xml.Tests.ps1 and XmlCommands.cs describe it. */
class SelectXmlTest {
    @TempDir
    Path root;

    private List<String> run(String script) {
        return XmlScripts.lines(root, script);
    }

    @Test
    void selectsFromAFile() throws Exception {
        Files.writeString(root.resolve("books.xml"), "<?xml version =\"1.0\" encoding=\"ISO-8859-1\"?>\r\n<bookstore>\r\n"
                + "\t<book category=\"CHILDREN\">\r\n\t\t<title lang=\"english\">Harry Potter</title>\r\n\t</book>\r\n"
                + "\t<book category=\"WEB\">\r\n\t\t<title lang=\"english\">Learning XML</title>\r\n\t</book>\r\n</bookstore>\r\n");
        assertEquals(List.of("2", "Harry Potter", "Learning XML", root.resolve("books.xml").toString(), "/bookstore/book/title"),
                run("$r = Select-Xml -Path books.xml -XPath '/bookstore/book/title'; $r.Count; $r[0].Node.'#text'; $r[1].Node.'#text';"
                        + " $r[0].Path; $r[0].Pattern"));
    }

    @Test
    void xmlInputWithNamespaces() {
        assertEquals(List.of("InputStream", "//c:b", "hello", "world"),
                run("[xml]$xml = \"<a xmlns='bar'><b xmlns:b='foo'>hello</b><c>world</c></a>\";"
                        + " $n = Select-Xml -Xml $xml -XPath '//c:b' -Namespace @{c='bar'}; $n.Path; $n.Pattern; $n.ToString();"
                        + " ($xml | Select-Xml '//c:c' -Namespace @{c='bar'}).Node.InnerText"));
    }

    @Test
    void toStringOfNestedNodeAndFile() throws Exception {
        Files.writeString(root.resolve("t.xml"), "<a><b>hello</b></a>");
        assertEquals(List.of("one<c>hello</c>", "hello:" + root.resolve("t.xml")),
                run("(Select-Xml -Content '<a><b>one<c>hello</c></b></a>' -XPath '//b').ToString();"
                        + " (Select-Xml -Path t.xml -XPath '//b').ToString()"));
    }

    @Test
    void errors() throws Exception {
        Files.writeString(root.resolve("bad.xml"), "<a><b>");
        ScriptResult r = XmlScripts.run(root, null, "Select-Xml -Content 'hello' -XPath foo; Select-Xml -Path bad.xml -XPath foo;"
                + " [xml]$x = '<a/>'; Select-Xml -Xml $x -XPath foo -Namespace @{c=$null}; Select-Xml -Path env:xx -XPath foo");
        assertEquals(List.of("InvalidCastToXmlDocument,Microsoft.PowerShell.Commands.SelectXmlCommand",
                        "ProcessingFile,Microsoft.PowerShell.Commands.SelectXmlCommand",
                        "PrefixError,Microsoft.PowerShell.Commands.SelectXmlCommand",
                        "ProcessingFile,Microsoft.PowerShell.Commands.SelectXmlCommand"),
                r.errors().stream().map(e -> e.getFullyQualifiedErrorId().replaceAll(",Select-Xml$", "")).toList());
    }
}
