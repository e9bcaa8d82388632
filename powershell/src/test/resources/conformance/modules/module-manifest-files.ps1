# New-ModuleManifest writes a manifest Test-ModuleManifest and Import-PowerShellDataFile read back.
$p = Join-Path $env:TEMP 'Made.psd1'
New-ModuleManifest -Path $p -ModuleVersion 3.2 -FunctionsToExport 'a', 'b' -Description 'made here'
$m = Test-ModuleManifest $p
$m.Name
$m.Version.ToString()
$m.Description
$d = Import-PowerShellDataFile $p
$d.FunctionsToExport -join '+'
$d.CmdletsToExport
