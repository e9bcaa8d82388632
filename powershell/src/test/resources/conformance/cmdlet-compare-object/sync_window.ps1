# Compare-Object.Tests.ps1 ("Should have the expected output when changing the syncwindow").
$out = Compare-Object -ReferenceObject (1..15) -DifferenceObject (15..1) -SyncWindow 6
$out | Select-Object -First 4 | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
