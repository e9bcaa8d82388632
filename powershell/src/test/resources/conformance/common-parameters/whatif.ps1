# -WhatIf (and $WhatIfPreference) stop ShouldProcess cmdlets before they change anything
# (MshCommandRuntime.DoShouldProcess); the "What if:" text goes to the host, not to a stream.
$null = New-Item -ItemType Directory w
Set-Location w
Set-Content a.txt 'one'
Set-Content a.txt 'two' -WhatIf
Get-Content a.txt
Add-Content a.txt 'more' -WhatIf
(Get-Content a.txt).Count
Remove-Item a.txt -WhatIf
Test-Path a.txt
New-Item -ItemType Directory d -WhatIf
Test-Path d
Rename-Item a.txt b.txt -WhatIf
Test-Path b.txt
Copy-Item a.txt c.txt -WhatIf
Move-Item a.txt e.txt -WhatIf
(Get-ChildItem -Name) -join ','
Clear-Content a.txt -WhatIf
Get-Content a.txt
function Remove-Thing { [CmdletBinding(SupportsShouldProcess)] param($Name) if ($PSCmdlet.ShouldProcess($Name)) { "removed $Name" } }
Remove-Thing x -WhatIf
Remove-Thing y
Remove-Item a.txt -WhatIf:$false
Test-Path a.txt
Set-Content f.txt 'x'
$WhatIfPreference = $true
Remove-Item f.txt
Test-Path f.txt
