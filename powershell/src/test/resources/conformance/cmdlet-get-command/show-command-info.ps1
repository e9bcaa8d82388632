# Get-Command -ShowCommandInfo (5.0+): a property bag of the command with its parameter sets and
# their parameters (GetCommandCommand.ConvertToShowCommandInfo).
$info = Get-Command Get-Date -ShowCommandInfo
$info.Name
$info.ModuleName
$info.Module.Name
$info.CommandType
$info.Definition.Count
(($info | Get-Member -MemberType NoteProperty).Name | Sort-Object) -join ','
(($info.ParameterSets[0] | Get-Member -MemberType NoteProperty).Name | Sort-Object) -join ','
(($info.ParameterSets[0].Parameters[0] | Get-Member -MemberType NoteProperty).Name | Sort-Object) -join ','
