# ps7-additive (issue #11): the ternary's error id and text come from PowerShell 7's ParserStrings.resx.
Invoke-Expression '$true ? 1 2'
