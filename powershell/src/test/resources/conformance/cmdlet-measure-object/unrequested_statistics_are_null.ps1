# Measure-Object.Tests.ps1 ("Measure-Object with Generic enum value options combination should work"): only the asked statistics are set.
$employees = [pscustomobject]@{ FirstName = 'joseph'; YearsInMS = 15 }, [pscustomobject]@{ FirstName = 'paul'; YearsInMS = 15 },
             [pscustomobject]@{ FirstName = 'mary jo'; YearsInMS = 5 }, [pscustomobject]@{ FirstName = "edmund`todd `n"; YearsInMS = 9 }
$r = $employees | Measure-Object -Sum -Maximum -Property YearsInMS
$r.Count
$r.Sum
$r.Maximum
$null -eq $r.Average
$null -eq $r.Minimum
$r.Property
$r = $employees | Measure-Object -Average -Minimum -Property YearsInMS
$r.Average
$r.Minimum
