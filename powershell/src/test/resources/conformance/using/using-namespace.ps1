# about_Using: 'using namespace' lets a type be named without its namespace; a name that is a type
# as written still means that type. Using statements come before the script's other statements.
using namespace System.Text
using namespace System.Collections.Generic
$sb = [StringBuilder]::new()
[void]$sb.Append('ab')
$sb.ToString()
[Encoding]::UTF8.WebName
([string]).FullName
