[regex]::Match('abc123', '\d+').Value
[regex]::Matches('a1b22c333', '\d+').Count
[regex]::Replace('aaa', 'a', 'b')
[regex]::Escape('a.b*c')
[regex]::Unescape('a\.b')
[regex]::IsMatch('ABC', 'abc')
[regex]::IsMatch('ABC', 'abc', 'IgnoreCase')
