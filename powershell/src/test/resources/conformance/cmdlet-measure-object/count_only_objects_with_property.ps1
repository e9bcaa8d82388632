# Measure-Object.Tests.ps1 ("Should be able to count using the Property switch"); no input counts 0.
$items = [pscustomobject]@{ X = 'a'; Y = 'b' }, [pscustomobject]@{ X = 'c' }, [pscustomobject]@{ X = 'e'; Y = 'f' }
($items | Measure-Object -Property Y).Count
(Measure-Object).Count
(1, 3, 4 | Measure-Object).Count
