$people = [pscustomobject]@{ Name = 'Ann'; Age = 30 }, [pscustomobject]@{ Name = 'Bob'; Age = 40 }
$people.Name
($people.Age | ForEach-Object { $_ * 2 }) -join ','
