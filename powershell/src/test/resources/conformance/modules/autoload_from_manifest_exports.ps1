# Module auto-loading (about_Modules, "Module Auto-Loading"): the first call of a command that a
# module on $env:PSModulePath exports in its manifest imports that module.
$root = Join-Path $env:TEMP 'AutoMods'
$dir = Join-Path $root 'OeAuto'
$null = New-Item -ItemType Directory -Path $dir -Force
Set-Content -Path (Join-Path $dir 'OeAuto.psm1') -Value 'function Get-OeAuto { "auto:$args" }; function Get-OeHidden { 1 }'
Set-Content -Path (Join-Path $dir 'OeAuto.psd1') -Value "@{ RootModule = 'OeAuto.psm1'; ModuleVersion = '1.0'; FunctionsToExport = 'Get-OeAuto' }"
$env:PSModulePath = $root
(Get-Module OeAuto) -eq $null
Get-OeAuto 1
(Get-Module OeAuto).Name
# Not listed in FunctionsToExport: not found, so not loaded by name.
try { Get-OeMissing } catch { $_.FullyQualifiedErrorId }
# $PSModuleAutoLoadingPreference = 'None' turns it off.
Remove-Module OeAuto
$PSModuleAutoLoadingPreference = 'None'
try { Get-OeAuto } catch { $_.FullyQualifiedErrorId }
