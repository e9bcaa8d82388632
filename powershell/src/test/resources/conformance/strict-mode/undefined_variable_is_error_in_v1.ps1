Set-StrictMode -Version 1.0
$nope
'after'
