# Select-String.Tests.ps1 ("Filesystem actions"): "path:line:text", line numbers, -Context marks the match with "> ".
Set-Content -Path testfile1.txt -Value 'This is a text string, and another string', 'This is the second line', 'This is the third line', 'This is the fourth line', 'No matches'
$one = Select-String testfile1.txt -Pattern 'string'
$one.Filename
$one.LineNumber
"$one".EndsWith('testfile1.txt:1:This is a text string, and another string')
(Select-String in testfile1.txt).Count
(Select-String in testfile1.txt)[3].Line
(Select-String is testfile1.txt -CaseSensitive).Count
$null -eq (Select-String for testfile1.txt)
(Select-String 'matc*' testfile1.txt -CaseSensitive).LineNumber
"$(Select-String third testfile1.txt -Context 1)" -split "`r`n" | ForEach-Object { $_ -replace '[^ >]*testfile1', 'testfile1' }
(Select-String third testfile1.txt -Context 1).Context.PostContext
Select-String nothing testfile1.txt -Quiet
(Select-String This testfile1.txt -List).LineNumber
