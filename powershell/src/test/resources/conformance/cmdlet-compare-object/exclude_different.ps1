# Compare-Object.Tests.ps1 ("excludeDifferent ..."): -ExcludeDifferent implies -IncludeEqual unless it is given $false.
$ref = 'line 1', 'line 2', 'line 3'
$dif = 'line 1', 'line 2.1', 'Line 3'
(Compare-Object $ref $dif -ExcludeDifferent).Length
(Compare-Object $ref $dif -ExcludeDifferent -IncludeEqual).Length
@(Compare-Object $ref $dif -ExcludeDifferent -IncludeEqual:$false).Length
