Set-StrictMode -Version 2.0
$h = @{ a = 1 }
$null -eq $h['missing']
