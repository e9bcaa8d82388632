# Get-Command with a .ps1 file's path returns an ExternalScriptInfo: Name is the file name, Definition
# and Path the full path, Parameters the script's param block (ExternalScriptInfo.cs).
Set-Content -Path tool.ps1 -Value 'param([int] $Count, $Name) "ran $Count"'
$full = (Resolve-Path ./tool.ps1).Path
$info = Get-Command $full
$info.Name
$info.CommandType
$info.Definition -eq $full
$info.Path -eq $full
$info -is [System.Management.Automation.ExternalScriptInfo]
$info.Parameters.Keys -join ','
"$($info.Parameters['Count'].ParameterType)"
(Get-Command ./tool.ps1).Name
# the script is parsed only when its parameters are read: one with a syntax error is still found
' = dir' > broken.ps1  # also: > writes UTF-16 with a BOM
(Get-Command (Resolve-Path ./broken.ps1).Path).Name
