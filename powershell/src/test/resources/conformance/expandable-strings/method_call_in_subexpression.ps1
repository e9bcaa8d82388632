$s = 'abc'
"$($s.ToUpper())-$($s.Substring(1))"
