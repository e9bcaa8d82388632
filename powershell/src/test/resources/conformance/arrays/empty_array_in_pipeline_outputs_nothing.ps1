@() | ForEach-Object { 'never' }
'done'
