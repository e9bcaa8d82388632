$h = @{ key = 'v' }
"$h.key"
