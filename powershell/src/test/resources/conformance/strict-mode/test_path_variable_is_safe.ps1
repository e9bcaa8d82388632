Set-StrictMode -Version 2.0
Test-Path variable:notThere
Test-Path variable:StrictModeProbe
$StrictModeProbe = 1
Test-Path variable:StrictModeProbe
