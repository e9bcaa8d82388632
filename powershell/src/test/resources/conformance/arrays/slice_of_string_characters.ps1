$s = 'abcdef'
$s[0..2] -join ''
-join $s[-3..-1]
