[math]::Max(3, 7)
[math]::Max(3, 7).GetType().Name
[math]::Min(1.5, 2)
[math]::Abs(-4)
[math]::Pow(2, 10)
[math]::Sqrt(16)
[math]::Floor(2.7).GetType().Name
