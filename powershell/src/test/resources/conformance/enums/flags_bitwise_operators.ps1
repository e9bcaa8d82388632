# -bor/-band/-bxor of two values of one [Flags] enum give that enum (ComparisonOperator.Tests.ps1);
# Enum.ToString names the combination, or the zero value's name.
$r = [System.Security.AccessControl.AceFlags]::ObjectInherit -bor [System.Security.AccessControl.AceFlags]::ContainerInherit
$r.ToString()
([System.Security.AccessControl.AceFlags]::ObjectInherit -band [System.Security.AccessControl.AceFlags]::ContainerInherit).ToString()
([System.Management.Automation.CommandTypes]::Alias -band [System.Management.Automation.CommandTypes]::All).ToString()
([System.Management.Automation.CommandTypes]::Alias -bxor [System.Management.Automation.CommandTypes]::Application).ToString()
([IO.FileAttributes]::ReadOnly -bor [IO.FileAttributes]::Hidden).ToString()
[int]([IO.FileAttributes]::ReadOnly -bor [IO.FileAttributes]::Hidden)
[System.Security.AccessControl.AceFlags]15
