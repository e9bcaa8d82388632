# ParserStrings.resx; case from Scripting.Classes.BasicParsing.Tests.ps1
class C { [int] f() {} }
