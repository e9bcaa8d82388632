# Split-Path -Resolve splits each path a wildcard resolves to; the parent keeps the form it was given in.
New-Item -ItemType Directory d | Out-Null
New-Item -ItemType File d/t1.ps1, d/t2.ps1 | Out-Null
Split-Path d/t*.ps1 -Leaf -Resolve
Split-Path d\t1.ps1 -Parent -Resolve
try { Split-Path d/none.ps1 -Leaf -Resolve -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
