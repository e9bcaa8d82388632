# Format-List.Tests.ps1 ("Should produce the expected output", "Float, double, and decimal ...", dictionaries).
function Show($text) { $text.Replace("`r", '').Replace(' ', '.').Replace("`n", '^') }
$in = New-Object PSObject
Add-Member -InputObject $in -MemberType NoteProperty -Name testName -Value testValue
Show ($in | Format-List | Out-String)
Show ([pscustomobject]@{ double = [double]1234.56789; float = [float]9876.543; decimal = [decimal]4567.123456789 } | Format-List | Out-String)
$info = [ordered]@{ intArray = 1, 2, 3, 4; arrayList = 'string1', 'string2' }
Show ($info | Format-List | Out-String)
Show (1, 2 | ForEach-Object { [pscustomobject]@{ a = $_ } } | Format-List | Out-String)
Show ([pscustomobject]@{ a = 1; b = 'x' } | Format-List -Property b | Out-String)
('Line1', 'Line2' | Format-List -Force -Property foo, bar | Out-String).Trim().Length
