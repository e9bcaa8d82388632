# JavaScriptSerializer writes an enum as its underlying number, a [Flags] combination included
# (PowerShell's ConvertTo-Json.Tests "Should serialize flags enum correctly via Pipeline and InputObject").
$flags = [System.IO.FileAttributes]::ReadOnly -bor [System.IO.FileAttributes]::Hidden
$flags | ConvertTo-Json -Compress
ConvertTo-Json -InputObject @{ a = $flags } -Compress
