# ps51: Windows; on Linux PowerShell 7 environment variable names are case-sensitive
$env:OE_CONF_CASE = 'v'
$env:oe_conf_case
