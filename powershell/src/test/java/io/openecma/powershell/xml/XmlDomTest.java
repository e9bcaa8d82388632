package io.openecma.powershell.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** System.Xml members as .NET defines them (docs: System.Xml.XmlNode, XmlElement, XmlDocument). */
class XmlDomTest {
    @TempDir
    Path root;

    private List<String> run(String script) {
        return XmlScripts.lines(root, script);
    }

    private static final String DOC = "$x = [xml]'<?xml version=\"1.0\" encoding=\"utf-8\"?><r xmlns:p=\"urn:p\"><a id=\"1\" z=\"2\">one</a>"
            + "<!--c--><b><c>x</c></b><p:d/></r>'\n";

    @Test
    void namesAndNamespaces() {
        assertEquals(List.of("p:d", "d", "urn:p", "p", "a", "", ""),
                run(DOC + "$d = $x.r.LastChild; $d.Name; $d.LocalName; $d.NamespaceURI; $d.Prefix;"
                        + "$a = $x.r.FirstChild; $a.Name; $a.NamespaceURI; $a.Prefix"));
    }

    @Test
    void valueInnerTextInnerXmlOuterXml() {
        assertEquals(List.of("True", "one", "1", "onex", "<c>x</c>", "<b><c>x</c></b>", "version=\"1.0\" encoding=\"utf-8\""),
                run(DOC + "$null -eq $x.r.Value; $x.r.FirstChild.InnerText; $x.r.FirstChild.Attributes[0].Value;"
                        + "$x.r.InnerText; $x.r.b.InnerXml; $x.r.b.OuterXml; $x.FirstChild.Value"));
    }

    @Test
    void settingInnerTextAndInnerXml() {
        assertEquals(List.of("<b>a &lt; b</b>", "<b><n k=\"v\">t</n></b>", "t"),
                run(DOC + "$b = $x.r.b; $b.InnerText = 'a < b'; $b.OuterXml; $b.InnerXml = '<n k=\"v\">t</n>'; $b.OuterXml; $b.n.'#text'"));
    }

    @Test
    void navigation() {
        assertEquals(List.of("a", "p:d", "#comment", "a", "r", "True", "False", "Element", "Comment", "Document", "4"),
                run(DOC + "$r = $x.DocumentElement; $r.FirstChild.Name; $r.LastChild.Name; $r.FirstChild.NextSibling.Name;"
                        + "$r.FirstChild.NextSibling.PreviousSibling.Name; $r.FirstChild.ParentNode.Name; $r.HasChildNodes;"
                        + "$r.b.FirstChild.FirstChild.HasChildNodes; $r.NodeType; $r.ChildNodes[1].NodeType; $x.NodeType; $r.ChildNodes.Count"));
    }

    @Test
    void mutation() {
        assertEquals(List.of("<r><n1 /><a>x</a><n2 /></r>", "<r><n1 /><m /><n2 /></r>", "a", "<r><n1 /><n2 /></r>", "<r><n0 /><n1 /><n2 /></r>"),
                run("$x = [xml]'<r><a>x</a></r>'; $r = $x.r\n"
                        + "[void]$r.InsertBefore($x.CreateElement('n1'), $r.FirstChild); [void]$r.InsertAfter($x.CreateElement('n2'), $r.SelectSingleNode('a'));"
                        + "$r.OuterXml; $old = $r.ReplaceChild($x.CreateElement('m'), $r.ChildNodes[1]); $r.OuterXml; $old.Name;"
                        + "[void]$r.RemoveChild($r.SelectSingleNode('m')); $r.OuterXml; [void]$r.PrependChild($x.CreateElement('n0')); $r.OuterXml"));
    }

    @Test
    void cloneAndImport() {
        assertEquals(List.of("<a k=\"1\"><b /></a>", "<a k=\"1\" />", "True", "<s><a k=\"1\"><b /></a></s>"),
                run("$x = [xml]'<r><a k=\"1\"><b/></a></r>'; $y = [xml]'<s/>'\n"
                        + "$x.r.a.CloneNode($true).OuterXml; $x.r.a.CloneNode($false).OuterXml; $null -eq $x.r.a.CloneNode($true).ParentNode;"
                        + "[void]$y.DocumentElement.AppendChild($y.ImportNode($x.r.a, $true)); $y.OuterXml"));
    }

    @Test
    void nodeFromAnotherDocumentIsRefused() {
        assertEquals(List.of("Exception calling \"AppendChild\" with \"1\" argument(s): \"The node to be inserted is from a different document context.\""),
                run("$x = [xml]'<r/>'; $y = [xml]'<s/>'; try { $y.DocumentElement.AppendChild($x.DocumentElement) } catch { $_.Exception.Message }"));
    }

    @Test
    void attributes() {
        assertEquals(List.of("2", "", "True", "False", "<e b=\"2\" a=\"1\" c=\"3\" />", "<e b=\"9\" c=\"3\" />", "b c", "urn:n"),
                run("$x = [xml]'<e b=\"2\" a=\"1\"/>'; $e = $x.e; $e.GetAttribute('b'); $e.GetAttribute('none'); $e.HasAttribute('a');"
                        + "$e.HasAttribute('q'); $e.SetAttribute('c', '3'); $e.OuterXml; $e.RemoveAttribute('a'); $e.SetAttribute('b', '9');"
                        + "$e.OuterXml; ($e.Attributes | % { $_.Name }) -join ' ';"
                        + "$n = $x.CreateAttribute('q:w', 'urn:n'); $n.NamespaceURI"));
    }

    @Test
    void getElementsByTagName() {
        assertEquals(List.of("2", "x y", "3", "0"),
                run("$x = [xml]'<r><i>x</i><g><i>y</i></g></r>'; $x.r.GetElementsByTagName('i').Count;"
                        + "($x.GetElementsByTagName('i') | % { $_.InnerText }) -join ' '; $x.r.GetElementsByTagName('*').Count;"
                        + "$x.r.GetElementsByTagName('none').Count"));
    }

    @Test
    void xpathWithAndWithoutNamespaceManager() {
        assertEquals(List.of("2", "b", "hello", "0",
                        "Exception calling \"SelectNodes\" with \"1\" argument(s): \"Namespace Manager or XsltContext needed. This query has a prefix, variable, or user-defined function.\""),
                run("$x = [xml]\"<a xmlns='bar'><b>hello</b><c k='1'/></a>\"; $ns = New-Object System.Xml.XmlNamespaceManager($x.NameTable);"
                        + "$ns.AddNamespace('t', 'bar'); $x.SelectNodes('/t:a/*', $ns).Count; $x.SelectSingleNode('//t:b', $ns).LocalName;"
                        + "$x.DocumentElement.SelectSingleNode('t:b', $ns).InnerText; $x.SelectNodes('//b').Count;"
                        + "try { $x.SelectNodes('//t:b') } catch { $_.Exception.Message }"));
    }

    @Test
    void nodeListIndexingAndEnumeration() {
        assertEquals(List.of("3", "b", "True", "a,b,c", "a b c"),
                run("$l = ([xml]'<r><a/><b/><c/></r>').r.ChildNodes; $l.Count; $l[1].Name; $null -eq $l[5];"
                        + "($l | % { $_.Name }) -join ','; \"$l\""));
    }

    @Test
    void factoriesAndSaveLoad() throws Exception {
        assertEquals(List.of("<?xml version=\"1.0\" encoding=\"utf-8\"?><root><c a=\"1\">t</c><!--n--><![CDATA[<x>]]><e xmlns=\"urn:e\" /></root>",
                        "t", "urn:e"),
                run("$d = New-Object System.Xml.XmlDocument; [void]$d.AppendChild($d.CreateXmlDeclaration('1.0', 'utf-8', $null));"
                        + "$r = $d.AppendChild($d.CreateElement('root')); $c = $d.CreateElement('c'); $c.SetAttribute('a', '1');"
                        + "[void]$c.AppendChild($d.CreateTextNode('t')); [void]$r.AppendChild($c); [void]$r.AppendChild($d.CreateComment('n'));"
                        + "[void]$r.AppendChild($d.CreateCDataSection('<x>')); [void]$r.AppendChild($d.CreateElement('e', 'urn:e'));"
                        + "$d.OuterXml; $d.Save('s.xml'); $l = New-Object xml; $l.Load('s.xml'); $l.root.c.'#text'; $l.root.e.NamespaceURI"));
        // XmlTextWriter indents until the first text (here the CDATA) is written in an element.
        assertEquals("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<root>\r\n  <c a=\"1\">t</c>\r\n  <!--n--><![CDATA[<x>]]><e xmlns=\"urn:e\" /></root>",
                Files.readString(root.resolve("s.xml")));
    }

    @Test
    void whitespaceIsDroppedUnlessPreserved() {
        assertEquals(List.of("1", "3", "#whitespace"),
                run("$a = [xml]\"<r>`n  <a/>`n</r>\"; $a.r.ChildNodes.Count; $b = New-Object xml; $b.PreserveWhitespace = $true;"
                        + "$b.LoadXml(\"<r>`n  <a/>`n</r>\"); $b.r.ChildNodes.Count; $b.r.FirstChild.Name"));
    }

    @Test
    void loadIsConfinedToTheRoots() {
        assertEquals(List.of("True"),
                run("$d = New-Object xml; try { $d.Load('/etc/hostname') } catch { $_.Exception.Message -like '*denied*' }"));
    }

    @Test
    void badXmlCastIsPowerShellsError() {
        assertEquals(List.of("Cannot convert value \"hello\" to type \"System.Xml.XmlDocument\". Error: \"Data at the root level is invalid. Line 1, position 1.\""),
                run("try { [xml]'hello' } catch { $_.Exception.Message }"));
    }
}
