# ParserStrings.resx EnumeratorValueOutOfBounds; case from scripting.enums.tests.ps1
enum foo : byte { e = -1 }
