# Get-Command.Tests.ps1 / Pester.Commands.Cmdlets.GetCommand.Tests.ps1: CommandInfo members of a cmdlet, a function and an alias.
function Do-Thing { param([string]$Name, [int]$Count) 'x' }
$c = Get-Command Get-Date
$c.Name
"$($c.CommandType)"
$c.ModuleName
$c.Verb + '/' + $c.Noun
$c.GetType().FullName
$c.Parameters.ContainsKey('Format')
"$c"
$f = Get-Command Do-Thing
"$($f.CommandType)"
$f.Parameters.Keys -join ','
$f.Parameters['Count'].ParameterType
$f.ScriptBlock.GetType().FullName
$a = Get-Command sort
"$($a.CommandType)"
$a.Definition
$a.ResolvedCommand.Name
