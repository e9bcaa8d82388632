$o = New-Object -TypeName PSObject -Property @{ a = 1 }
$o.a
(New-Object -TypeName System.Version -ArgumentList 1, 2).ToString()
(New-Object System.Collections.ArrayList).Count
(New-Object 'System.Collections.Generic.List[System.Object]').GetType().Name
