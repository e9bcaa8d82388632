# Binders.cs PSUnaryOperationBinder.BNot: narrower than Int32 widens to Int32; Int32/UInt32/Int64/UInt64
# keep their type; Double and Decimal take the first of Int32, UInt32, Int64, UInt64 holding the value.
foreach ($v in [byte]250, [int16]-3, [sbyte]5, [uint16]1, 7, [uint32]5, 5L, [uint64]5, 2.5, 3.5, 4294967290.0, 10d, $null, '12', $true) {
    $r = -bnot $v
    '{0} {1}' -f $r, $r.GetType().Name
}
-bnot [uint32]::MaxValue
-bnot [uint64]0
[int16]::MaxValue; [int16]::MinValue; [byte]::MaxValue; [byte]::MinValue
([int16]::MaxValue).GetType().Name
[decimal]::MaxValue
[single]::MaxValue -gt 3e38
