# ps51: a User variable is written to the registry and is not seen by the current process
[Environment]::SetEnvironmentVariable('OE_STORE_TEST', 'user-value', 'User')
[Environment]::GetEnvironmentVariable('OE_STORE_TEST', [EnvironmentVariableTarget]::User)
$null -eq $env:OE_STORE_TEST
[Environment]::SetEnvironmentVariable('OE_STORE_TEST', $null, 'User')
$null -eq [Environment]::GetEnvironmentVariable('OE_STORE_TEST', 'User')
[Environment]::SetEnvironmentVariable('OE_PROC_TEST', 'p')
$env:OE_PROC_TEST
[Environment]::SetEnvironmentVariable('OE_PROC_TEST', '')
$null -eq $env:OE_PROC_TEST
$table = [Environment]::GetEnvironmentVariables()
$table.GetType().FullName
$table['TEMP'] -eq $env:TEMP
[int][EnvironmentVariableTarget]::Machine
try { [Environment]::SetEnvironmentVariable('A=B', 'x') } catch { $_.Exception.InnerException.GetType().FullName }
[Environment]::ProcessorCount -gt 0
[Environment]::TickCount -is [int]
