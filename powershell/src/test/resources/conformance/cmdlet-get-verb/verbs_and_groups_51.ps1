# ps51: 5.1's Get-Verb function writes Verb and Group only and repeats a verb two -Verb patterns match (6.0 adds -Group, Description, AliasPrefix)
Get-Verb -Verb ConvertT*, Use | ForEach-Object { "$($_.Verb) $($_.Group)" }
(Get-Verb -Verb Add, A* | Where-Object Verb -eq 'Add').Count
'Unpublish' | Get-Verb | ForEach-Object Group
@(Get-Verb -Verb NoSuchVerb).Count
