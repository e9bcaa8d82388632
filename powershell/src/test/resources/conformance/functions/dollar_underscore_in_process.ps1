function Upper { process { $_.ToUpper() } }
'a', 'b' | Upper
