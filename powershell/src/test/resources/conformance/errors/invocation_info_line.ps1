# Facts from test/powershell/Language/Classes/Scripting.Classes.Exceptions.Tests.ps1 ("Exception error position"):
# an error's InvocationInfo.Line is the source line of the statement that raised it, inside methods and functions too.
class M {
    static f2() { throw "an error in f2" }
    static f3() { "".Substring(0, 10) }
}
function g { throw "in g" }
try { [M]::f2() } catch { $_.InvocationInfo.Line.Trim() }
try { [M]::f3() } catch { $_.InvocationInfo.Line.Trim() }
try { g } catch { $_.InvocationInfo.Line.Trim() }
