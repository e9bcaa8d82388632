# 2> file writes the command's errors to the file (2>> appends) instead of the error stream.
Write-Error 'first failure' 2> errors.txt
(Get-Content -Raw errors.txt) -match 'first failure'
Write-Error 'second failure' 2>> errors.txt
(Get-Content -Raw errors.txt) -match 'first failure[\s\S]*second failure'
'after'
