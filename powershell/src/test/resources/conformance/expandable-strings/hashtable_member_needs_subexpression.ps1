$h = @{ key = 'v' }
"$($h.key)"
"$($h['key'])"
