$captured = & { Write-Host 'to the host'; 'to the pipeline' }
$captured
@($captured).Count
