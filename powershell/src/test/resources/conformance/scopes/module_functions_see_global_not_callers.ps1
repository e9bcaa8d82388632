# A module function's scope chain is the module's scope, then the global scope: it never sees its
# caller's locals. A script block handed to it runs back in the caller's session state.
$moduleFile = Join-Path $env:TEMP 'OeScopeModule.psm1'
Set-Content -Path $moduleFile -Value @'
$moduleVar = 'module'
function Get-Seen { "global=$globalVar caller=[$callerLocal] module=$moduleVar" }
function Invoke-Callback([scriptblock]$Callback) { $moduleLocal = 'hidden'; & $Callback }
'@
Import-Module $moduleFile
$global:globalVar = 'g'
function Call-FromFunction { $callerLocal = 'local'; Get-Seen }
Call-FromFunction
function Call-Back { $callerLocal = 'mine'; Invoke-Callback { "callback sees caller=$callerLocal module=[$moduleLocal]" } }
Call-Back
