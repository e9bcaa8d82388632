# ParserStrings.resx MemberAlreadyDefined; case from scripting.enums.tests.ps1
enum foo { X; x }
