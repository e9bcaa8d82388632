$s = 'abc'
"$s.Length"
"$($s.Length)"
