$false -and $(throw 'not evaluated')
$true -or $(throw 'not evaluated')
'done'
