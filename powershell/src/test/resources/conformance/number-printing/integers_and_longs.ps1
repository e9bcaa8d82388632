[int]::MinValue
[long]::MaxValue
123456789012
-0
