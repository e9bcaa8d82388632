# ps51: PowerShell 7 (.NET Core 3+) prints the round-trip form 0.30000000000000004 and 0.3333333333333333
0.1 + 0.2
1 / 3
