$g = [guid]'8F8A5E2B-3C1D-4E5F-9A0B-1C2D3E4F5A6B'
$g.ToString()
$g.ToString('N')
$g.Guid
[guid]::Empty.ToString()
([guid]'{8f8a5e2b-3c1d-4e5f-9a0b-1c2d3e4f5a6b}') -eq $g
