[Environment]::GetEnvironmentVariable('TEMP', 'Machine') -eq $env:TEMP
[Environment]::GetEnvironmentVariable('TEMP', 'Process') -eq $env:TEMP
$null -eq [Environment]::GetEnvironmentVariable('OE_NEVER_SET', 'User')
