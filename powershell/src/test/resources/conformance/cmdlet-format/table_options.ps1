# Format-Table.Tests.ps1 ("Autosize", "-HideTableHeaders", "-Property ... -Force", "multi-line rows", "empty array").
function Show($text) { $text.Replace("`r", '').Replace(' ', '.').Replace("`n", '^') }
$ips = [pscustomobject]@{ name = 'Bob'; size = 1234; booleanValue = $true }, [pscustomobject]@{ name = 'Jim'; size = 5678; booleanValue = $false }
Show ($ips | Format-Table -AutoSize | Out-String)
Show ([pscustomobject]@{ a = 1; b = 2 } | Format-Table -HideTableHeaders | Out-String)
('hello' | Format-Table -Property foo -Force | Out-String).Replace("`r`n", '')
Show ([pscustomobject]@{ A = 1; B = 2; Name = "This`nIs some random`nmultiline content" } | Format-Table | Out-String)
[string]::IsNullOrEmpty((@{} | Format-Table -Property foo, bar | Out-String))
Show ([pscustomobject]@{ n = 'x'; v = 1.5 } | Format-Table -Property @{ Label = 'Name'; Expression = { $_.n.ToUpper() } }, @{ e = 'v'; FormatString = 'N2' } | Out-String)
