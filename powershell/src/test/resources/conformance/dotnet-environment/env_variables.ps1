$env:OE_CONF_X = 'v'
[Environment]::GetEnvironmentVariable('OE_CONF_X')
[Environment]::SetEnvironmentVariable('OE_CONF_Y', 'w')
$env:OE_CONF_Y
Test-Path env:OE_CONF_X
Remove-Item env:OE_CONF_X
Test-Path env:OE_CONF_X
$null -eq $env:OE_CONF_NEVER_SET
