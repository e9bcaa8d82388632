[SYSTEM.STRING].Name
[system.collections.generic.list[STRING]]::new().GetType().Name
(New-Object 'system.collections.arraylist').Count
'5' -as [INT]
