(1).GetType().FullName
'a'.GetType().Name
@().GetType().Name
@{}.GetType().Name
(1.5).GetType().Name
([ordered]@{}).GetType().Name
([pscustomobject]@{ a = 1 }).GetType().Name
(1..3).GetType().Name
$true.GetType().Name
([char]'x').GetType().Name
