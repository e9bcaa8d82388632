# ParserStrings.resx; case from Scripting.Classes.BasicParsing.Tests.ps1
class foo { [int] bar() { $y = $z; return $y } }
