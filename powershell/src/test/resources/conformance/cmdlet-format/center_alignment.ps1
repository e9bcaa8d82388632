# A calculated column's Alignment = 'Center' pads half before (rounded down) and the rest after (TableWriter.GenerateRowField)
$lines = [pscustomobject]@{ one = 1; two = 'ab' } | Format-Table @{ l = 'one'; e = 'one'; width = 10; alignment = 'center' },
    @{ l = 'two'; e = 'two'; width = 7; alignment = 'center' } | Out-String -Stream
"[" + $lines[3] + "]"
