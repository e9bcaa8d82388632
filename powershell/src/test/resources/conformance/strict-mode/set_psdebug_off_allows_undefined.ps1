Set-PSDebug -Strict
Set-PSDebug -Off
"[$stillUndefined]"
