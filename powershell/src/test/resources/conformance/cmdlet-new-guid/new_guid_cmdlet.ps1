# New-Guid in 5.1 (NewGuidCommand.cs, PowerShell 5484b98a7a): no parameters, one Guid.NewGuid() (version 4) per call
$a = New-Guid
$b = New-Guid
$a.GetType().FullName
$a.ToString() -match '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
$a -eq $b
