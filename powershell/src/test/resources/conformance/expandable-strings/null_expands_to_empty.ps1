$n = $null
"[$n]"
"[$null]"
"[$notDefinedAnywhere]"
