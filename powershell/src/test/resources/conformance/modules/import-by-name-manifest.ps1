# A bare name is searched in $env:PSModulePath (NAME\VERSION\NAME.psd1); the manifest's
# FunctionsToExport filters what the root and nested modules export (about_Module_Manifests).
$root = Join-Path $env:TEMP 'mods'
New-Item -ItemType Directory -Path "$root\Demo\2.1" -Force | Out-Null
Set-Content "$root\Demo\2.1\Demo.psd1" "@{ RootModule = 'Demo.psm1'; ModuleVersion = '2.1'; GUID = 'a1b2c3d4-0000-0000-0000-000000000001'; NestedModules = @('Inner.psm1'); FunctionsToExport = @('Get-Demo', 'Get-Inner') }"
Set-Content "$root\Demo\2.1\Demo.psm1" "function Get-Demo { 'demo ' + (Get-Inner) }`nfunction Get-Hidden { 'hidden' }"
Set-Content "$root\Demo\2.1\Inner.psm1" "function Get-Inner { 'inner' }"
$env:PSModulePath = $root
$m = Import-Module Demo -PassThru
$m.Name
$m.Version.ToString()
$m.ModuleType
$m.Guid
($m.ExportedFunctions.Keys | Sort-Object) -join ','
Get-Demo
[bool](Get-Command Get-Hidden -ErrorAction SilentlyContinue)
(Get-Module Demo).Name
Remove-Module Demo
[bool](Get-Module Demo)
[bool](Get-Command Get-Demo -ErrorAction SilentlyContinue)
