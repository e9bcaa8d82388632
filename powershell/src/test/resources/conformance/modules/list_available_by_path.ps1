# Get-Module -ListAvailable with a path lists the module there, one per version folder; a wildcard in the
# last segment names every matching folder; a FullyQualifiedName whose ModuleName is a path filters those
# by version; -PSEdition keeps modules whose CompatiblePSEditions names it (GetModuleCommand.cs).
# Expectations: Get-Module.Tests.ps1 ("Get-Module -ListAvailable with path", "PSEdition").
$root = Join-Path $env:TEMP 'Mods'
foreach ($v in '1.2.3', '4.8.3') {
    New-Item -ItemType Directory -Path "$root\Banana\$v" -Force | Out-Null
    New-ModuleManifest -Path "$root\Banana\$v\Banana.psd1" -ModuleVersion $v
}
New-Item -ItemType Directory -Path "$root\Desk" -Force | Out-Null
New-ModuleManifest -Path "$root\Desk\Desk.psd1" -CompatiblePSEditions Desktop
(Get-Module -ListAvailable "$root\Banana" | Sort-Object Version | ForEach-Object { $_.Version.ToString() }) -join ','
(Get-Module -ListAvailable -FullyQualifiedName @{ ModuleName = "$root\Banana"; MaximumVersion = '2.0' }).Version.ToString()
(Get-Module -ListAvailable "$root\*" | Sort-Object Name, Version).Name -join ','
(Get-Module -ListAvailable "$root\*" -PSEdition Desktop).Name
