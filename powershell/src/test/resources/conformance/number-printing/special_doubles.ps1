# ps51: .NET Core 3+ prints infinity as the symbol
[double]::PositiveInfinity
[double]::NegativeInfinity
[double]::NaN
