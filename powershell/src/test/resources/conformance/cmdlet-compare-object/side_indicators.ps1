# Compare-Object.Tests.ps1: reference-only "<=", difference-only "=>", -IncludeEqual "==" first.
$ref = 'line 1', 'line 2', 'line 3'
$dif = 'line 1', 'line 2.1', 'Line 3'
Compare-Object -ReferenceObject $ref -DifferenceObject $dif | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
'--'
Compare-Object $ref $dif -IncludeEqual | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
'--'
(Compare-Object $ref $dif -CaseSensitive).Length
