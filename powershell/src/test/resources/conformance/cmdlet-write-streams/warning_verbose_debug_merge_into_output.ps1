# 3>&1, 4>&1 and 5>&1 send the records into the output, where they are objects of their own types
function Write-Messages { [CmdletBinding()] param() Write-Verbose 'v'; Write-Debug 'd'; Write-Warning 'w' }
$all = Write-Messages -Verbose -Debug -ErrorAction SilentlyContinue 3>&1 4>&1 5>&1
$all | ForEach-Object { $_.GetType().FullName + ': ' + $_.Message }
$none = Write-Warning 'quiet' -WarningAction SilentlyContinue 3>&1
$null -eq $none
