# Get-Random.Tests.ps1 ("Should be able to throw error when '<Name>'"); GetRandomCommandStrings.resx MinGreaterThanOrEqualMax.
foreach ($pair in @(10, 20), @(20, 20), @(-20, -10), @(10.0, 20.0), @(-10, $null)) {
    try { Get-Random -Maximum $pair[0] -Minimum $pair[1] } catch { $_.FullyQualifiedErrorId }
}
try { Get-Random -Maximum 20 -Minimum 20 } catch { $_.Exception.Message }
