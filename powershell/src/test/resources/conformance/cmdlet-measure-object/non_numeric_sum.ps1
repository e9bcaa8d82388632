# MeasureObjectStrings.resx NonNumericInputObject; the sum is then left $null.
$r = 'x' | Measure-Object -Sum -ErrorVariable ev -ErrorAction SilentlyContinue
$ev[0].FullyQualifiedErrorId
$ev[0].Exception.Message
$null -eq $r.Sum
