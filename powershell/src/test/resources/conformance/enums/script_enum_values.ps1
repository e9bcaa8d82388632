# Facts from test/powershell/Language/Classes/scripting.enums.tests.ps1
enum E2 { e0; e1 = 5; e2 }
[int][E2]::e0; [int][E2]::e1; [int][E2]::e2
[E2]::e1 -eq 'e1'
'e2' -eq [E2]::e2
[E2]::e2 -eq ([E2]6)
[E2]'E1'
enum V1 { A = -4; B = [int]::MinValue; C }
[V1]::C.value__
enum E4 { e0 = [E5]::e0 + 2 }
enum E5 { e0 = [E6]::e0 + 2 }
enum E6 { e0 =38 }
[int][E4]::e0
