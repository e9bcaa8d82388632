# Compare-Object.cs: -Property puts the compared values on the result; -PassThru returns the objects themselves.
$a = [pscustomobject]@{ Name = 'ann'; Age = 3 }, [pscustomobject]@{ Name = 'bob'; Age = 4 }
$b = [pscustomobject]@{ Name = 'ann'; Age = 5 }
Compare-Object $a $b -Property Name | ForEach-Object { "$($_.Name) $($_.SideIndicator)" }
Compare-Object $a $b -Property Name, Age -IncludeEqual | ForEach-Object { "$($_.Name) $($_.Age) $($_.SideIndicator)" }
$p = Compare-Object 'a' 'b' -PassThru
$p -join ','
$p[0].SideIndicator
