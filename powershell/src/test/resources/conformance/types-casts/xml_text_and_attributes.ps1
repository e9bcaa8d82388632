$x = [xml]'<a><b k="v">text</b><c>plain</c></a>'
$x.a.b.k
$x.a.b.'#text'
$x.a.c
$x.a.b.GetAttribute('k')
$x.a.c.GetType().Name
