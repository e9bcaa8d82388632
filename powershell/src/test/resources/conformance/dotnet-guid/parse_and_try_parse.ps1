[guid]::Parse('8f8a5e2b-3c1d-4e5f-9a0b-1c2d3e4f5a6b').ToString('B')
$out = [guid]::Empty
[guid]::TryParse('nope', [ref]$out)
[guid]::TryParse('8F8A5E2B3C1D4E5F9A0B1C2D3E4F5A6B', [ref]$out)
$out.ToString()
