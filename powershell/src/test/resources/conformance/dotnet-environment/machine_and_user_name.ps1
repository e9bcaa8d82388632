# [Environment]::MachineName is the computer's NetBIOS name (at most 15 characters, no dots) and
# UserName the account's name. On Windows $env:COMPUTERNAME holds the same name; a host that sets
# no COMPUTERNAME still has a machine name.
$m = [Environment]::MachineName
$m.GetType().FullName
$m.Length -gt 0 -and $m.Length -le 15
$m.Contains('.')
$null -eq $env:COMPUTERNAME -or $env:COMPUTERNAME -eq $m
$u = [Environment]::UserName
$u.GetType().FullName
$u.Length -gt 0
$null -eq $env:USERNAME -or $env:USERNAME -eq $u
[System.Environment]::NewLine -eq "`r`n"
