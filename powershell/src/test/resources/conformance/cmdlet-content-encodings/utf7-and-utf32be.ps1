# -Encoding UTF7 (RFC 2152 as .NET's UTF7Encoding writes it, no BOM) and BigEndianUTF32 (with its
# BOM) round-trip through Set-Content and Get-Content; the bytes are .NET's.
Set-Content -Path u7.txt -Value 'Hi+there €!' -Encoding UTF7 -NoNewline
[System.IO.File]::ReadAllText((Join-Path (Get-Location).Path 'u7.txt'))
Get-Content -Path u7.txt -Encoding UTF7
Set-Content -Path u32.txt -Value 'A€' -Encoding BigEndianUTF32 -NoNewline
(Get-Content -Path u32.txt -Encoding Byte) -join ','
Get-Content -Path u32.txt
Set-Content -Path lines.txt -Value 'one', 'two', 'three' -Encoding UTF7
Get-Content -Path lines.txt -Encoding UTF7 -Tail 2
