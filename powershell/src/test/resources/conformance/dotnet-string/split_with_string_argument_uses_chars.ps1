# ps51: .NET Core has String.Split(string), so PowerShell 7 splits on the whole string 'ab' and gives 2
'1ab2'.Split('ab').Count
