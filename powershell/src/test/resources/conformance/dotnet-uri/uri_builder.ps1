# System.UriBuilder as .NET Framework 4.x has it (Windows PowerShell 5.1): ToString() writes the port
# whenever it is not -1, even the scheme's default; the Query setter always prepends '?', so the
# documented way to append is Query.Substring(1) + '&...'.
$b = [System.UriBuilder]'https://example.com/api'
$b.Scheme
$b.Host
$b.Port
$b.Path
$b.ToString()
$b.Uri.AbsoluteUri
$b.Query = 'a=1'
$b.Query
$b.Query = $b.Query.Substring(1) + '&b=2'
$b.Uri.AbsoluteUri
$b.Path = '/users/x y'
$b.Path
$b.Fragment = 'top'
$b.Uri.AbsoluteUri
$b.Port = -1
$b.ToString()
$b.UserName = 'svc'
$b.Password = 'pw'
$b.ToString()
$n = New-Object System.UriBuilder
$n.ToString()
$n.Port
$c = New-Object System.UriBuilder('http', 'host.example', 8080, '/p/q')
$c.ToString()
$c.Uri.Authority
$h = New-Object System.UriBuilder('example.org/list')
$h.Scheme
$h.ToString()
$x = New-Object System.UriBuilder('https', 'h.example', 443, '/s', '?k=v')
$x.Query
$x.Uri.AbsoluteUri
try { $b.Port = 70000 } catch { $_.Exception.InnerException.GetType().FullName }
try { [System.UriBuilder]::new('https', 'h.example', 443, '/s', 'k=v'); 'created' } catch { 'refused' }
