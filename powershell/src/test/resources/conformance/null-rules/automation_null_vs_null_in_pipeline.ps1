function nothing { }
nothing | ForEach-Object { 'from function' }
$r = nothing
$r | ForEach-Object { 'from variable' }
