Set-StrictMode -Version 2.0
$defined = 1
$defined
$undefinedVariable
'after'
