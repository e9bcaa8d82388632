# ParserStrings.resx; case from Scripting.Classes.BasicParsing.Tests.ps1
class C { $x; static bar() { $this.x = 1 } }
