Write-Error 'oops'
'continued'
