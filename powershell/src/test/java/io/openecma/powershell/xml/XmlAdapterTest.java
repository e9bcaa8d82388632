package io.openecma.powershell.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PowerShell's XmlNodeAdapter rules (CoreAdapter.cs) and the XmlNode ToString of types.ps1xml. */
class XmlAdapterTest {
    @TempDir
    Path root;

    private List<String> run(String script) {
        return XmlScripts.lines(root, script);
    }

    @Test
    void textOnlyElementsReadAsStringsAndAttributesAsProperties() {
        assertEquals(List.of("System.String", "v", "System.Xml.XmlElement", "1", "", "System.String"),
                run("$x = [xml]'<r><t>v</t><a k=\"1\">w</a><e/></r>'; $x.r.t.GetType().FullName; $x.r.t; $x.r.a.GetType().FullName;"
                        + "$x.r.a.k; $x.r.e; $x.r.e.GetType().FullName"));
    }

    @Test
    void severalSameNamedChildrenAreAnArrayAndNamesAreCaseInsensitive() {
        assertEquals(List.of("System.Object[]", "1 2", "1 2"),
                run("$x = [xml]'<r><i>1</i><i>2</i></r>'; $x.r.i.GetType().FullName; \"$($x.r.i)\"; \"$($x.R.I)\""));
    }

    @Test
    void adaptedPropertiesWinOverDotNetOnes() {
        assertEquals(List.of("child", "r"),
                run("$x = [xml]'<r><Name>child</Name></r>'; $x.r.Name; $x.r.LocalName"));
    }

    @Test
    void assignment() {
        assertEquals(List.of("<r k=\"2\"><t>new</t><e>set</e></r>",
                        "Cannot set \"i\" because only strings can be used as values to set XmlNode properties.",
                        "The property 'nope' cannot be found on this object. Verify that the property exists and can be set."),
                run("$x = [xml]'<r k=\"1\"><t>old</t><e/><i/><i/></r>'; $x.r.k = 2; $x.r.t = 'new'; $x.r.e = 'set'; [void]$x.r.RemoveChild($x.r.ChildNodes[2]);"
                        + "[void]$x.r.RemoveChild($x.r.LastChild); $x.r.OuterXml; $x.r.AppendChild($x.CreateElement('i')) > $null;"
                        + "$x.r.AppendChild($x.CreateElement('i')) > $null; try { $x.r.i = 'z' } catch { $_.Exception.Message };"
                        + "try { $x.r.nope = 'z' } catch { $_.Exception.Message }"));
    }

    @Test
    void nodesPrintAsTheirLocalNameAndDoNotUnroll() {
        assertEquals(List.of("r", "r", "#document", "1"),
                run("$x = [xml]'<r><a/><b/></r>'; \"$($x.r)\"; $x.r.ToString(); \"$x\"; @($x.r | % { $_ }).Count"));
    }

    @Test
    void declarationAndCommentsAreProperties() {
        assertEquals(List.of("version=\"1.0\"", "note"),
                run("$x = [xml]'<?xml version=\"1.0\"?><r><!--note--><a k=\"1\"/></r>'; $x.xml; $x.r.'#comment'"));
    }
}
