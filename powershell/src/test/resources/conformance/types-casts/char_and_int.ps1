[char]65
[int][char]'A'
[char[]]'abc' -join '-'
