# Set-StrictMode and Set-PSDebug -Strict in the script do not reach an imported module's functions:
# ExecutionContext.IsStrictVersion stops at the module's scope (the ECMA2Host CSV sample's pattern).
$moduleFile = Join-Path $env:TEMP 'OeStrictModule.psm1'
Set-Content -Path $moduleFile -Value @'
function Get-Banner { "$Global:ConnectorName - started" }
function Get-Unset { $copy = $neverAssigned; 'read unset variable' }
function Get-StrictInside { Set-StrictMode -Version 2; try { $neverAssigned } catch { 'strict inside the module' } }
'@
Set-StrictMode -Version 2.0
Import-Module $moduleFile
Get-Banner
Get-Unset
Get-StrictInside
Set-StrictMode -Off
Set-PSDebug -Strict
Get-Unset
try { $unsetInScript } catch { 'script still strict' }
