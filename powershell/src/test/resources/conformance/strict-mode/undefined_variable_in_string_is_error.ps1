Set-StrictMode -Version 2.0
"value: $notSetAnywhere"
'after'
