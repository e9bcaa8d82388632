Write-Error 'soft failure'
'still running'
