# ps51: 5.1 keeps groups in the order their first member came (7 sorts them by name).
'b', 'a', 'b', '{0}' | Group-Object | ForEach-Object { '{0}:{1}:{2}' -f $_.Name, $_.Count, $_.Values[0] }
