enum EX1 : byte { A; B; C }
[Enum]::GetUnderlyingType([EX1]).Name
[EX1]::C.value__.GetType().Name
[Enum]::GetNames([EX1]) -join ','
([Enum]::GetValues([EX1]) | ForEach-Object { [int]$_ }) -join ','
[Enum]::Parse([EX1], 'b', $true)
[Enum]::IsDefined([EX1], 'C')
[EX1]::A -lt [EX1]::C
[EX1]::B.GetType().Name
