# A module name on PSModulePath matches its folder and file whatever their case, as on Windows
# (Import-Module.Tests.ps1, "Import-Module should be case insensitive").
$dir = Join-Path $env:TEMP 'Mods'
New-Item -ItemType Directory -Path "$dir\TESTMODULE\1.1" -Force | Out-Null
New-ModuleManifest -Path "$dir\TESTMODULE\1.1\TESTMODULE.psd1" -RootModule 'TESTMODULE.psm1' -ModuleVersion 1.1
Set-Content -Path "$dir\TESTMODULE\1.1\TESTMODULE.psm1" -Value "function mytest { 'hello' }"
$env:PSModulePath = $dir
Import-Module testMODULE
(Get-Module TESTmodule).Version.ToString()
mytest
