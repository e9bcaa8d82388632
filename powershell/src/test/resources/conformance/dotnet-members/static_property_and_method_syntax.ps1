[int]::MaxValue
[int]::Parse('12') + 1
[System.Int32]::MinValue
[char]::IsDigit('5')
[Math]::Abs(-1)
