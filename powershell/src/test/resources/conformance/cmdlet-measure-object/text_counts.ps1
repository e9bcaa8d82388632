# Measure-Object.Tests.ps1 ("Measure-Object with Text combination should work", "with multiple lines").
$employees = [pscustomobject]@{ FirstName = 'joseph' }, [pscustomobject]@{ FirstName = 'paul' },
             [pscustomobject]@{ FirstName = 'mary jo' }, [pscustomobject]@{ FirstName = "edmund`todd `n" }
$r = $employees | Measure-Object -Character -Word -Line -Property FirstName
$r.Characters
$r.Words
$r.Lines
($employees | Measure-Object -Character -IgnoreWhiteSpace -Property FirstName).Characters
$null -eq ($employees | Measure-Object -Word -Property FirstName).Lines
("123`n4" | Measure-Object -Line).Lines
("a b`n c" | Measure-Object -Word -Character).GetType().Name
