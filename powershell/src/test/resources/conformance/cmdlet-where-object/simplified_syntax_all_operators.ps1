# Where-Object's 5.1 simplified syntax, one switch per operator (PowerShell's Where-Object.Tests.ps1, InternalCommands.cs)
$c = [pscustomobject]@{ N = 'SPC-1'; Ip = '1.2'; Cores = 1; Drives = 'C','D' },
     [pscustomobject]@{ N = 'bgp-5'; Ip = ''; Cores = 2; Drives = 'C','D','E' },
     [pscustomobject]@{ N = 'MGC-9'; Cores = 3; Drives = 'C' }
@($c | Where-Object Ip).Count
@($c | Where-Object Drives -Contains 'D').Count
@($c | Where-Object Drives -NotContains 'D').Count
@($c | Where-Object N -In 'SPC-1','BGP-5').Count
@($c | Where-Object N -CIn 'SPC-1','BGP-5').Count
@($c | Where-Object N -NotIn 'SPC-1').Count
@($c | Where-Object Cores -ge 2).Count
@($c | Where-Object Cores -le 2).Count
@($c | Where-Object Cores -IGT 1).Count
@($c | Where-Object N -CEQ 'bgp-5').Count
@($c | Where-Object N -CEQ 'BGP-5').Count
@($c | Where-Object N -NotLike 'S*').Count
@($c | Where-Object N -CLike 'b*').Count
@($c | Where-Object N -Match '^m').Count
@($c | Where-Object N -CNotMatch '^m').Count
@($c | Where-Object Cores -Is int).Count
@($c | Where-Object Cores -IsNot '[string]').Count
@{ Key = 5 } | Where-Object Key -eq 5 | ForEach-Object { $_.Key }
