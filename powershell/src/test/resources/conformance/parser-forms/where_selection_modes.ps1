# EnumerableOps.Where in PowerShell's MiscOps.cs: modes First, Last, SkipUntil, Until, Split and numberToReturn.
$a = 1..6
($a.Where({ $_ -gt 2 }, 'First', 2)) -join ','
($a.Where({ $_ -gt 2 }, 'Last')) -join ','
($a.Where({ $_ -gt 2 }, 'Last', 2)) -join ','
($a.Where({ $_ -gt 2 }, 'SkipUntil')) -join ','
($a.Where({ $_ -gt 2 }, 'SkipUntil', 2)) -join ','
($a.Where({ $_ -gt 2 }, 'SkipUntil', 1)) -join ','
($a.Where({ $_ -gt 2 }, 'Until')) -join ','
$odd, $even = $a.Where({ $_ % 2 }, 'Split')
($odd -join ',') + '|' + ($even -join ',')
$first, $rest = $a.Where({ $_ % 2 }, 'Split', 1)
($first -join ',') + '|' + ($rest -join ',')
