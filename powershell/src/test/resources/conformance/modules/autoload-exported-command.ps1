# Module auto-loading (about_Modules, "Module Auto-Loading"; about_Preference_Variables,
# $PSModuleAutoLoadingPreference): calling a command that a module on $env:PSModulePath exports
# imports that module. The manifest's FunctionsToExport names it; a .psm1 without a manifest
# exports its functions. 'None' turns auto-loading off.
$root = Join-Path $env:TEMP 'automods'
New-Item -ItemType Directory -Path "$root\Listed" -Force | Out-Null
New-Item -ItemType Directory -Path "$root\Plain" -Force | Out-Null
Set-Content "$root\Listed\Listed.psd1" "@{ RootModule = 'Listed.psm1'; ModuleVersion = '1.0'; FunctionsToExport = @('Get-Listed') }"
Set-Content "$root\Listed\Listed.psm1" "function Get-Listed { 'listed' }"
Set-Content "$root\Plain\Plain.psm1" "function Get-Plain { 'plain' }"
$env:PSModulePath = $root
[bool](Get-Module Listed)
Get-Listed
(Get-Module Listed).Name
Get-Plain
$PSModuleAutoLoadingPreference = 'None'
Remove-Module Plain
try { Get-Plain } catch { $_.FullyQualifiedErrorId }
