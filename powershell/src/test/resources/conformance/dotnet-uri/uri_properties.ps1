# System.Uri's parts (.NET Framework 4.x): scheme and host canonical in lower case, a default port
# left out of Authority and AbsoluteUri, an empty path as "/".
$u = [uri]'https://User:pw@Example.COM:8443/a/b%20c/d.txt?x=1&y=2#frag'
$u.Scheme
$u.Host
$u.Port
$u.AbsolutePath
$u.Query
$u.Fragment
$u.UserInfo
$u.Authority
$u.IsDefaultPort
$u.Segments -join '|'
$u.PathAndQuery
$u.AbsoluteUri
$u.OriginalString
$u.IsAbsoluteUri
$u.LocalPath
$d = New-Object System.Uri('http://LocalHost')
$d.AbsoluteUri
$d.Port
$d.IsDefaultPort
$d.IsLoopback
$d.Authority
$d.Segments -join '|'
$d.AbsolutePath
([uri]'https://api.example.com').Port
[uri]::EscapeDataString('a b&c')
[uri]::UnescapeDataString('a%20b%26c')
