# Get-Random.Tests.ps1 ("Should return a correct random number for '<Name>'"): the result type follows the bounds.
function Check($max, $min, $type, $gt, $lt) {
    $r = Get-Random -Maximum $max -Minimum $min
    '{0} {1}' -f $r.GetType().FullName, ($r -gt $gt -and $r -lt $lt)
}
Check 100 $null 'Int32' -1 100
Check '8' 5 'Int32' 4 8
Check '1kb' 0 'Int32' -1 1024
Check ([int64]100) $null 'Int64' -1 100
Check '8' ([int64]5) 'Int64' 4 8
Check 100000000000 $null 'Int64' -1 100000000000
Check '1tb' '10mb' 'Int64' 10485759 1099511627776
Check '20.' 0.0 'Double' -1 20
Check 8 5.0 'Double' 4 8
Check ([double]::MaxValue) ([double]::MinValue) 'Double' ([double]::MinValue) ([double]::MaxValue)
(Get-Random).GetType().FullName
