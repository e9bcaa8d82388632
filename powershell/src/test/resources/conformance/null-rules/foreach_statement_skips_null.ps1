foreach ($i in $null) { 'body' }
'done'
