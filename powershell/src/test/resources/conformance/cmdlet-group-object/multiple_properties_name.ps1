# GroupInfo.Name joins the key values with ", " (Group-Object.cs BuildName).
$rows = [pscustomobject]@{ A = 1; B = 'x' }, [pscustomobject]@{ A = 1; B = 'x' }, [pscustomobject]@{ A = 2; B = 'y' }
$rows | Group-Object A, B | ForEach-Object { '{0} ({1}) {2}' -f $_.Name, $_.Count, $_.Values.Count }
