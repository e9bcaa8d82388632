$o = [pscustomobject]@{ DisplayName = 'Ann' }
$o.displayname
$o.DISPLAYNAME
'abc'.toupper()
'abc'.LENGTH
