# -InformationVariable collects the records, also of commands nested in a function; $null is a valid message
$null | Write-Information -Tags myTag -InformationAction SilentlyContinue -InformationVariable i
$i.Count
$i[0].Tags[0]
$null -eq $i[0].MessageData
function Outer { [CmdletBinding()] param() Write-Information 'inner' }
Outer -InformationVariable iv
$iv[0].MessageData
Write-Information 'gone' -InformationAction Ignore -InformationVariable ig
$ig.Count
