'before'
Write-Error 'now terminating' -ErrorAction Stop
'not reached'
