Add-Type -AssemblyName System.Web
[System.Web.HttpUtility]::UrlEncode('a b&c=d/é')
[System.Net.WebUtility]::UrlEncode('a b&c=d/é')
[System.Web.HttpUtility]::UrlDecode('a+b%26c%3dd%2f%c3%a9')
[System.Net.WebUtility]::UrlDecode('x%20y+z')
[System.Web.HttpUtility]::HtmlEncode('<a href="x">''é''</a>')
[System.Net.WebUtility]::HtmlDecode('&lt;b&gt; &amp; &#65;&#x42;')
$null -eq [System.Web.HttpUtility]::UrlEncode($null)
$q = [System.Web.HttpUtility]::ParseQueryString('?a=1&b=x+y&a=2')
$q['a']
$q['B']
$q.Count
$q.ToString()
$q.AllKeys -join ','
