# ParserStrings.resx; case from Scripting.Classes.BasicParsing.Tests.ps1
class foo {}; class foo {}
