$g = [guid]::NewGuid()
$g.ToString().Length
$g -ne [guid]::NewGuid()
$g.GetType().FullName
$g.ToString() -match '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
