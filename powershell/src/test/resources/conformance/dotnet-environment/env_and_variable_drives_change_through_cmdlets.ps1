Set-Content -Path env:OE_CONF_Z -Value 'z1'
$env:OE_CONF_Z
Set-Content -Path variable:oeConfX -Value 'x1'
$oeConfX
Remove-Item variable:oeConfX
Test-Path variable:oeConfX
Remove-Item env:OE_CONF_Z
Test-Path env:OE_CONF_Z
