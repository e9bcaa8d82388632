$ErrorActionPreference = 'Stop'
'first'
Write-Error 'halt here'
'never'
